package news.cms.core.revision;

import io.micronaut.core.annotation.Introspected;


/** A revision's summary as one row of the history query, without its snapshot. */
@Introspected
record RevisionListing(long number, Long at, String byUser, String summary) {
}
