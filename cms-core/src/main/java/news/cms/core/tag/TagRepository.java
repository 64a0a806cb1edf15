package news.cms.core.tag;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TagRepository extends CrudRepository<TagRow, Long> {

    List<TagRow> findBySlugIn(Collection<String> slugs);

    /** Creates the tag unless a tag with its slug exists, whoever created that one and whenever. */
    @Query("INSERT IGNORE INTO tag (slug, name) VALUES (:slug, :name)")
    void insertIfAbsent(String slug, String name);
}
