package news.cms.core.metadata;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MetadataRepository extends GenericRepository<MetadataRow, Long> {

    /** One statement, so two writers of the same entry never collide on the unique key. */
    @Query("""
            INSERT INTO story_metadata (story_id, source, meta_key, meta_value, updated_at)
            VALUES (:storyId, :source, :key, :value, :at)
            ON DUPLICATE KEY UPDATE meta_value = VALUES(meta_value), updated_at = VALUES(updated_at)""")
    void upsert(long storyId, String source, String key, String value, long at);

    List<MetadataRow> findByStoryId(long storyId);

    List<MetadataRow> findByStoryIdAndSourceOrderByMetaKeyAsc(long storyId, String source);
}
