package news.cms.core.story;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RedirectRepository extends CrudRepository<RedirectRow, String> {

    /** Adds the path, or points it at this story if it led elsewhere: the latest claim on a path wins. */
    @Query("""
            INSERT INTO story_redirect (path, story_id, created_at) VALUES (:path, :storyId, :createdAt)
            ON DUPLICATE KEY UPDATE story_id = :storyId""")
    void put(String path, long storyId, long createdAt);

    @Query("DELETE FROM story_redirect WHERE path = :path AND story_id = :storyId")
    void deleteOwn(String path, long storyId);

    /**
     * The redirects of live stories after {@code after} in path order, with the address each leads
     * to; a path that is some story's own address is left out, as the site never redirects it.
     */
    @Query("""
            SELECT r.path, s.address FROM story_redirect r JOIN story s ON s.id = r.story_id
            WHERE r.path > :after AND s.status = 'PUBLISHED' AND s.published_at <= :now AND s.address IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM story o WHERE o.address = r.path)
            ORDER BY r.path LIMIT :limit""")
    List<StoryRedirects.Redirect> live(String after, long now, int limit);
}
