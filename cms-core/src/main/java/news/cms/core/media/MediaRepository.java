package news.cms.core.media;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MediaRepository extends CrudRepository<MediaRow, Long> {

    /** Uploads older than {@code id}, newest first: the media library's list, a page at a time. */
    List<MediaRow> findByIdLessThanOrderByIdDesc(long id, Pageable pageable);
}
