package news.cms.publishing.picture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.story.Byline;
import news.cms.core.story.LeadImage;
import news.cms.core.story.Story;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the public site shows the library's pictures: which renditions a listing's thumbnail, a
 * byline's photo, an article's lead image and body pictures, the social previews, the feed and the
 * sitemap use, and the lookups a page makes for all of its pictures at once. What was read is kept
 * for the next page (a picture is on its story's article, on each of its listings, in the feeds and
 * the sitemap), until the picture or the author changes: {@code SiteChanges} drops it after that
 * change commits, before the pages that show it are dropped, so that none is redrawn from the old one.
 */
@Singleton
public class PagePictures {

    /** The crop a listing's thumbnails share, so the stories line up. */
    public static final String LISTING_CROP = "16:9";
    /** The crops search engines ask for in an article's structured data. */
    public static final List<String> CROPS = List.of("16:9", "4:3", "1:1");
    /** og:image wants at least 1200 px across for a large preview. */
    private static final int SOCIAL_WIDTH = 1200;
    private static final String WEBP = "image/webp";
    private static final String GIF = "image/gif";

    /** Pictures kept: an export's batch of stories, with their listings' and authors' pictures, fits. */
    private static final int KEPT = 5_000;

    private final MediaLibrary library;
    private final AuthorDirectory authors;
    /** By media id; empty for an id that is no picture. */
    private final Cache<Long, Optional<MediaItem>> known = Caffeine.newBuilder().maximumSize(KEPT).build();
    /** By author slug: the photo's media id, empty for an author without one. */
    private final Cache<String, Optional<Long>> photos = Caffeine.newBuilder().maximumSize(KEPT).build();

    PagePictures(MediaLibrary library, AuthorDirectory authors) {
        this.library = library;
        this.authors = authors;
    }

    /** The pictures among these media ids; those not kept are read together: one page, one lookup. */
    public Map<Long, MediaItem> pictures(Collection<Long> ids) {
        Map<Long, MediaItem> found = new HashMap<>();
        known.getAll(ids, missing -> {
            Map<Long, MediaItem> read = library.pictures(List.copyOf((Collection<Long>) missing));
            Map<Long, Optional<MediaItem>> loaded = new HashMap<>();
            missing.forEach(id -> loaded.put(id, Optional.ofNullable(read.get(id))));
            return loaded;
        }).forEach((id, picture) -> picture.ifPresent(p -> found.put(id, p)));
        return found;
    }

    /** The photos of these authors that have one: author slug to media id. */
    public Map<String, Long> authorPhotos(Collection<String> slugs) {
        Map<String, Long> found = new HashMap<>();
        photos.getAll(slugs, missing -> {
            Map<String, Long> read = authors.photosOf(List.copyOf((Collection<String>) missing));
            Map<String, Optional<Long>> loaded = new HashMap<>();
            missing.forEach(slug -> loaded.put(slug, Optional.ofNullable(read.get(slug))));
            return loaded;
        }).forEach((slug, photo) -> photo.ifPresent(p -> found.put(slug, p)));
        return found;
    }

    /**
     * The lead images and first bylines' photos of these stories, read together: for a listing page,
     * or ahead of the pages about to show them one at a time (the static export's batches).
     */
    public OfStories ofStories(List<Story> stories) {
        Map<String, Long> faces = authorPhotos(stories.stream().flatMap(story -> story.bylines().stream().limit(1))
                .map(Byline::slug).distinct().toList());
        return new OfStories(pictures(Stream.concat(
                stories.stream().map(Story::leadImage).filter(Objects::nonNull).map(LeadImage::media),
                faces.values().stream()).distinct().toList()), faces);
    }

    /** What {@link #ofStories} read. */
    public record OfStories(Map<Long, MediaItem> pictures, Map<String, Long> faces) {

        /** The story's lead image, or null. */
        public @Nullable MediaItem lead(Story story) {
            return story.leadImage() == null ? null : pictures.get(story.leadImage().media());
        }

        /** The first byline's photo, or null. */
        public @Nullable MediaItem face(Story story) {
            Long photo = story.bylines().isEmpty() ? null : faces.get(story.bylines().get(0).slug());
            return photo == null ? null : pictures.get(photo);
        }
    }

    /** Forget what was read of this picture: its alt, focal point or files changed, or it is gone. */
    public void forgetPicture(long mediaId) {
        known.invalidate(mediaId);
    }

    /** Forget this author's photo: it may have changed. */
    public void forgetAuthor(String slug) {
        photos.invalidate(slug);
    }

    /**
     * The whole picture across a column {@code sizes} wide, {@code fallbackWidth} for browsers without
     * srcset; an animation at its own size.
     */
    public static Optional<ShownPicture> whole(MediaItem picture, String alt, String sizes, int fallbackWidth) {
        List<MediaItem.Rendition> whole = of(picture, r -> r.crop() == null);
        Optional<MediaItem.Rendition> animation = whole.stream().filter(r -> r.type().equals(GIF)).findFirst();
        if (animation.isPresent()) { // a still would lose what it shows
            MediaItem.Rendition a = animation.get();
            return Optional.of(new ShownPicture(a.url(), a.width(), a.height(), null, null, null, alt));
        }
        return shown(whole, alt, sizes, fallbackWidth);
    }

    /** A crop ("16:9", "4:3", "1:1") shown {@code sizes} wide; {@code fallbackWidth} for browsers without srcset. */
    public static Optional<ShownPicture> crop(MediaItem picture, String crop, String alt, String sizes, int fallbackWidth) {
        return shown(of(picture, r -> crop.equals(r.crop())), alt, sizes, fallbackWidth);
    }

    /** The rendition for social previews (og:image): the 16:9 crop at 1200 px or more, else the widest file. */
    public static Optional<MediaItem.Rendition> social(MediaItem picture) {
        List<MediaItem.Rendition> flat = flat(picture.renditions());
        return flat.stream().filter(r -> LISTING_CROP.equals(r.crop()) && r.width() >= SOCIAL_WIDTH)
                .min(Comparator.comparingInt(MediaItem.Rendition::width))
                .or(() -> flat.stream().max(Comparator.comparingInt(MediaItem.Rendition::width)));
    }

    /** The largest JPEG or PNG of each crop, in the order of {@link #CROPS}. */
    public static List<MediaItem.Rendition> largestCrops(MediaItem picture) {
        return CROPS.stream().flatMap(crop -> flat(of(picture, r -> crop.equals(r.crop()))).stream()
                .max(Comparator.comparingInt(MediaItem.Rendition::width)).stream()).toList();
    }

    /** The largest whole picture as JPEG or PNG: what a feed or a sitemap names. */
    public static Optional<MediaItem.Rendition> largest(MediaItem picture) {
        return flat(of(picture, r -> r.crop() == null)).stream().max(Comparator.comparingInt(MediaItem.Rendition::width));
    }

    private static Optional<ShownPicture> shown(List<MediaItem.Rendition> renditions, String alt, String sizes,
                                                int fallbackWidth) {
        List<MediaItem.Rendition> flat = flat(renditions);
        if (flat.isEmpty()) {
            return Optional.empty();
        }
        List<MediaItem.Rendition> webp = renditions.stream().filter(r -> r.type().equals(WEBP)).toList();
        MediaItem.Rendition fallback = flat.stream().filter(r -> r.width() <= fallbackWidth)
                .reduce((smaller, larger) -> larger).orElse(flat.get(0));
        return Optional.of(new ShownPicture(fallback.url(), fallback.width(), fallback.height(), srcset(flat), sizes,
                webp.isEmpty() ? null : srcset(webp), alt));
    }

    /** The renditions that pass, narrowest first. */
    private static List<MediaItem.Rendition> of(MediaItem picture, Predicate<MediaItem.Rendition> which) {
        return picture.renditions().stream().filter(which)
                .sorted(Comparator.comparingInt(MediaItem.Rendition::width)).toList();
    }

    /** The JPEGs and PNGs: what every browser shows. */
    private static List<MediaItem.Rendition> flat(List<MediaItem.Rendition> renditions) {
        return renditions.stream().filter(r -> !r.type().equals(WEBP) && !r.type().equals(GIF)).toList();
    }

    private static String srcset(List<MediaItem.Rendition> renditions) {
        return renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    /** The alt text a page gives a picture: the story's or the picture's own, else none (never null). */
    public static String altOf(@Nullable String alt) {
        return alt == null ? "" : alt;
    }
}
