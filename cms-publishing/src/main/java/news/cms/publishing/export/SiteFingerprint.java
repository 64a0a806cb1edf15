package news.cms.publishing.export;

import jakarta.inject.Singleton;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.settings.CmsSettings;
import news.cms.publishing.site.SiteSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A digest of everything a page shows besides its stories: the base URL, the site's settings, the
 * newsroom's zone, and every section and author as they are now, with the author's photo and its
 * focal point. When it differs from the last
 * export's, the stories' own change times say too little (a renamed section changes every page
 * of it), so an incremental export becomes a full one.
 */
@Singleton
class SiteFingerprint {

    private final SiteSettings site;
    private final CmsSettings cms;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;
    private final MediaLibrary pictures;

    SiteFingerprint(SiteSettings site, CmsSettings cms, SectionDirectory sections, AuthorDirectory authors,
                    MediaLibrary pictures) {
        this.site = site;
        this.cms = cms;
        this.sections = sections;
        this.authors = authors;
        this.pictures = pictures;
    }

    String of(String baseUrl) {
        MessageDigest digest = sha256();
        add(digest, baseUrl, site.getName(), String.valueOf(site.getPageSize()), String.valueOf(site.getSitemapUrls()),
                cms.zone().getId());
        for (Section section : sections.list()) {
            add(digest, "section", section.slug(), section.title(), section.description());
        }
        List<Author> all = authors.list();
        Map<Long, MediaItem> photos = pictures.pictures(all.stream().map(Author::photo).filter(Objects::nonNull).toList());
        for (Author author : all) {
            add(digest, "author", author.slug(), author.name(), author.bio());
            MediaItem photo = author.photo() == null ? null : photos.get(author.photo());
            if (photo != null) { // beside the author's bylines on every listing: a new focal point is a new crop
                add(digest, "photo", Long.toString(photo.id()), photo.focalPoint().x() + "," + photo.focalPoint().y());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each value with its length first, so that no two lists of values digest alike. */
    private static void add(MessageDigest digest, String... values) {
        for (String value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
