package news.cms.pictures;

import jakarta.inject.Singleton;
import news.cms.core.error.BusyException;
import news.cms.core.media.PictureEngine;

import java.util.List;
import java.util.Optional;

/** The media library's {@link PictureEngine}, answered by this module's {@link Pictures}. */
@Singleton
class CorePictureEngine implements PictureEngine {

    /** A decode takes about a second: a minute lets the queue drain. */
    private static final int RETRY_AFTER_SECONDS = 60;

    private final Pictures pictures;

    CorePictureEngine(Pictures pictures) {
        this.pictures = pictures;
    }

    @Override
    public Optional<Facts> inspect(byte[] bytes) {
        Inspection inspection;
        try {
            inspection = pictures.inspect(bytes);
        } catch (PictureRefusedException refused) {
            if (refused.reason() == PictureRefusedException.Reason.NOT_A_PICTURE) {
                return Optional.empty();
            }
            throw refused;
        }
        return Optional.of(new Facts(inspection.format().mediaType(), inspection.width(), inspection.height(),
                inspection.transparency(), inspection.animated(),
                inspection.warnings().stream().map(SourceWarning::message).toList()));
    }

    @Override
    public List<File> renditions(byte[] original, double focusX, double focusY) {
        try {
            return pictures.renditions(original, new FocalPoint(focusX, focusY)).stream()
                    .map(r -> new File(r.width(), r.height(), r.mediaType(), r.cropLabel(), r.fileName(), r.bytes()))
                    .toList();
        } catch (PicturesBusyException busy) {
            throw new BusyException(busy.getMessage(), RETRY_AFTER_SECONDS);
        }
    }
}
