package news.cms.core.revision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RevisionRepository extends CrudRepository<RevisionRow, Long> {

    Optional<RevisionRow> findByStoryIdAndNumber(long storyId, long number);

    @Query("""
            SELECT r.number, r.created_at AS at, COALESCE(u.username, 'system') AS by_user, r.summary
            FROM revision r LEFT JOIN users u ON u.id = r.created_by
            WHERE r.story_id = :storyId ORDER BY r.number DESC""")
    List<RevisionListing> listing(long storyId);
}
