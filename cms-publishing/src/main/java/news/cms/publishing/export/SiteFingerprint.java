package news.cms.publishing.export;

import jakarta.inject.Singleton;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.settings.CmsSettings;
import news.cms.publishing.site.SiteSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a page shows besides its stories: the base URL, the site's settings, the
 * newsroom's zone, and every section and author as they are now. When it differs from the last
 * export's, the stories' own change times say too little (a renamed section changes every page
 * of it), so an incremental export becomes a full one.
 */
@Singleton
class SiteFingerprint {

    private final SiteSettings site;
    private final CmsSettings cms;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;

    SiteFingerprint(SiteSettings site, CmsSettings cms, SectionDirectory sections, AuthorDirectory authors) {
        this.site = site;
        this.cms = cms;
        this.sections = sections;
        this.authors = authors;
    }

    String of(String baseUrl) {
        MessageDigest digest = sha256();
        add(digest, baseUrl, site.getName(), String.valueOf(site.getPageSize()), String.valueOf(site.getSitemapUrls()),
                cms.zone().getId());
        for (Section section : sections.list()) {
            add(digest, "section", section.slug(), section.title(), section.description());
        }
        for (Author author : authors.list()) {
            add(digest, "author", author.slug(), author.name(), author.bio());
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
