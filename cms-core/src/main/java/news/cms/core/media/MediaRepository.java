package news.cms.core.media;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MediaRepository extends CrudRepository<MediaRow, Long> {

    /** Uploads older than {@code id}, newest first: the media library's list, a page at a time. */
    List<MediaRow> findByIdLessThanOrderByIdDesc(long id, Pageable pageable);

    List<MediaRow> findByIdIn(Collection<Long> ids);

    @Query("UPDATE media SET edited_at = :at WHERE id = :id")
    void markEdited(long id, long at);

    /** Pictures whose description or focal point changed at {@code since} or later. */
    @Query("SELECT id FROM media WHERE edited_at >= :since ORDER BY id")
    List<Long> editedSince(long since);

    /** Uploads whose name, caption or alt text holds the pattern (a LIKE pattern, lower case), newest first. */
    @Query("SELECT * FROM media WHERE LOWER(filename) LIKE :pattern OR LOWER(COALESCE(caption, '')) LIKE :pattern "
            + "OR LOWER(COALESCE(alt, '')) LIKE :pattern ORDER BY id DESC LIMIT :size OFFSET :offset")
    List<MediaRow> search(String pattern, int size, long offset);

    @Query("SELECT COUNT(*) FROM media WHERE LOWER(filename) LIKE :pattern OR LOWER(COALESCE(caption, '')) LIKE :pattern "
            + "OR LOWER(COALESCE(alt, '')) LIKE :pattern")
    long countMatching(String pattern);

    /** The row, locked until the transaction ends: two edits of one picture take turns, and neither loses the other's fields. */
    @Query("SELECT * FROM media WHERE id = :id FOR UPDATE")
    Optional<MediaRow> findForUpdate(long id);
}
