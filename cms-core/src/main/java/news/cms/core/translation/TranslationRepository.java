package news.cms.core.translation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TranslationRepository extends GenericRepository<TranslationRow, Long> {

    TranslationRow save(TranslationRow row);

    Optional<TranslationRow> findByTranslationId(long translationId);

    List<TranslationRow> findByOriginalIdOrderByTranslationIdAsc(long originalId);
}
