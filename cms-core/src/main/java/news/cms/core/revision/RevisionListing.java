package news.cms.core.revision;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDateTime;

/** A revision's summary as one row of the history query, without its snapshot. */
@Introspected
record RevisionListing(long number, LocalDateTime at, String byUser, String summary) {
}
