package news.cms.core.media;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RenditionRepository extends CrudRepository<RenditionRow, Long> {

    List<RenditionRow> findByMediaIdOrderById(long mediaId);

    List<RenditionRow> findByMediaIdInOrderById(Collection<Long> mediaIds);

    Optional<RenditionRow> findByMediaIdAndFileName(long mediaId, String fileName);

    void deleteByMediaId(long mediaId);
}
