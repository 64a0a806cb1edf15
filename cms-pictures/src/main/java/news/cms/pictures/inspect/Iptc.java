package news.cms.pictures.inspect;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.iptc.IPTC;
import com.twelvemonkeys.imageio.metadata.iptc.IPTCReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import news.cms.pictures.SourceWarning;
import news.cms.pictures.SourceWarning.Kind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The IPTC-IIM records that name people (by-line, writer, contact, credit, source, copyright), read with TwelveMonkeys. */
final class Iptc {

    private static final Map<Integer, String> NAMES = Map.of(
            IPTC.TAG_BY_LINE, "By-line", IPTC.TAG_WRITER, "Writer/Editor", IPTC.TAG_CONTACT, "Contact",
            IPTC.TAG_CREDIT, "Credit", IPTC.TAG_SOURCE, "Source", IPTC.TAG_COPYRIGHT_NOTICE, "Copyright Notice");

    private Iptc() {
    }

    static List<SourceWarning> warnings(byte[] iptc) {
        List<SourceWarning> warnings = new ArrayList<>();
        Directory records;
        try {
            records = new IPTCReader().read(new ByteArrayImageInputStream(iptc));
        } catch (IOException | RuntimeException e) {
            return warnings;
        }
        for (Entry entry : records) {
            String name = entry.getIdentifier() instanceof Integer id ? NAMES.get(id) : null;
            String value = entry.getValueAsString();
            if (name != null && value != null && !value.isBlank()) {
                warnings.add(Warnings.of(Kind.NAME, "IPTC", name));
            }
        }
        return warnings;
    }
}
