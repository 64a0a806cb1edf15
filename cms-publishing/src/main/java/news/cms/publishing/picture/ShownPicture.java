package news.cms.publishing.picture;

import io.micronaut.core.annotation.Nullable;

/**
 * A library picture as one {@code <img>} shows it: the file an old browser loads, its size (so the
 * page keeps its place while it loads), the widths a browser may choose from and how wide the page
 * shows it, and the same widths in WebP for a {@code <source>}.
 *
 * @param srcset null for an animation, which is shown at its own size only
 * @param sizes  null with {@code srcset}
 * @param webp   the WebP candidates, or null when there are none
 */
public record ShownPicture(String src, int width, int height, @Nullable String srcset, @Nullable String sizes,
                           @Nullable String webp, String alt) {
}
