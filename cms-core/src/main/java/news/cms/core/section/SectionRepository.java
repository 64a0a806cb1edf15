package news.cms.core.section;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SectionRepository extends CrudRepository<SectionRow, Long> {

    Optional<SectionRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<SectionRow> findAllOrderByTitle();
}
