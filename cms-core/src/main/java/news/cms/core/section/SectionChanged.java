package news.cms.core.section;

/** A section's title or description changed: every public page that names the section shows it. */
public record SectionChanged(String slug) {
}
