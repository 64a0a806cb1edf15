package news.cms.core.author;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuthorRepository extends CrudRepository<AuthorRow, Long> {

    Optional<AuthorRow> findBySlug(String slug);

    List<AuthorRow> findByPhotoMediaId(long photoMediaId);

    Optional<AuthorRow> findByUserId(Long userId);

    boolean existsBySlug(String slug);

    List<AuthorRow> findBySlugIn(Collection<String> slugs);

    List<AuthorRow> findAllOrderByName();
}
