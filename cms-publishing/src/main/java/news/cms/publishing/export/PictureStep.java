package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.story.Story;
import news.cms.publishing.article.StoryBody;
import news.cms.publishing.picture.PagePictures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pictures the exported pages show, at the addresses they link: every rendition of each live
 * story's lead image, body pictures and first byline's photo, under {@code pictures/{id}/}. Each is a
 * hard link to the file the server keeps (a copy on another file system), so an export of thousands
 * of pictures writes no picture's bytes again; an incremental run removes what no live story shows
 * any more, such as the crops a new focal point replaced.
 */
@Singleton
@Order(35)
class PictureStep implements ExportStep {

    /** Pictures read at a time to find their files. */
    private static final int BATCH = 500;

    private final PagePictures pictures;
    private final MediaLibrary library;

    PictureStep(PagePictures pictures, MediaLibrary library) {
        this.pictures = pictures;
        this.library = library;
    }

    @Override
    public Pass begin(ExportRun run) {
        return new Pass() {
            private final Set<Long> shown = new LinkedHashSet<>();
            /** The file names each shown picture has now, by media id: what an incremental run keeps. */
            private final Map<Long, Set<String>> kept = new HashMap<>();

            @Override
            public void story(Story story) {
                PagePictures.OfStories found = pictures.ofStories(List.of(story));
                shown.addAll(found.pictures().keySet());
                shown.addAll(StoryBody.pictureIds(story.body()));
            }

            @Override
            public void finish() {
                List<Long> ids = new ArrayList<>(shown);
                for (int from = 0; from < ids.size(); from += BATCH) {
                    for (MediaItem picture : pictures.pictures(ids.subList(from, Math.min(ids.size(), from + BATCH))).values()) {
                        Set<String> names = kept.computeIfAbsent(picture.id(), id -> new HashSet<>());
                        for (Map.Entry<String, Path> file : library.renditionFiles(picture).entrySet()) {
                            run.link(file.getKey(), file.getValue());
                            names.add(file.getKey().substring(file.getKey().lastIndexOf('/') + 1));
                        }
                    }
                }
            }

            @Override
            public void prune() {
                if (!run.isIncremental()) {
                    return;
                }
                String top = MediaLibrary.RENDITIONS_PATH.substring(0, MediaLibrary.RENDITIONS_PATH.length() - 1);
                for (String id : run.list(top)) {
                    Set<String> names = id.matches("[0-9]{1,18}") ? kept.get(Long.parseLong(id)) : null;
                    if (names == null) {
                        run.deleteTree(top + "/" + id);
                        continue;
                    }
                    for (String name : run.list(top + "/" + id)) {
                        if (!names.contains(name)) {
                            run.delete(top + "/" + id + "/" + name, FileLayout.Kind.NAMED);
                        }
                    }
                }
            }
        };
    }
}
