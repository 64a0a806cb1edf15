package news.cms.core.section;

import io.micronaut.serde.annotation.Serdeable;

/** A section of the site (News, Sport, Opinion): a front page of its own and a home for stories. */
@Serdeable
public record Section(long id, String slug, String title, String description) {
}
