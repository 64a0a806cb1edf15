package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoryRepository extends CrudRepository<StoryRow, Long> {

    boolean existsBySlug(String slug);

    java.util.Optional<StoryRow> findBySlug(String slug);

    List<StoryRow> findByIdIn(Collection<Long> ids);

    boolean existsByAddress(String address);

    java.util.Optional<StoryRow> findByAddress(String address);

    /** @return 1 when the story had no address and now has this one, 0 when it already had one */
    @Query("UPDATE story SET address = :address WHERE id = :id AND address IS NULL")
    int fixAddress(long id, String address);

    @Query("UPDATE story SET address = :address WHERE id = :id")
    void moveAddress(long id, String address);

    /** Stories whose body holds one of the two patterns (a picture's {@code ](media:ID)} or {@code ](media:ID "title")}). */
    @Query("SELECT id, headline FROM story WHERE body LIKE :bare OR body LIKE :titled ORDER BY id")
    List<StoryLinks.Titled> withBodyLike(String bare, String titled);

    /** Stories that were published (they have a publish time) but have no address kept yet, by id. */
    @Query("""
            SELECT id, slug, published_at FROM story WHERE address IS NULL AND published_at IS NOT NULL
            ORDER BY id LIMIT :limit""")
    List<StoryLinks.Unaddressed> unaddressed(int limit);

    /** @return 1 when the story was at {@code version} and is now updated, 0 when someone saved first */
    @Query("""
            UPDATE story SET slug = :slug, headline = :headline, dek = :dek, body = :body, section_id = :sectionId,
                   language = :language, status = :status, updated_at = :updatedAt, published_at = :publishedAt,
                   scheduled_at = :scheduledAt, version = version + 1
            WHERE id = :id AND version = :version""")
    int updateIfAtVersion(long id, long version, String slug, String headline, String dek, String body, long sectionId,
                          String language, String status, Long updatedAt,
                          @Nullable Long publishedAt, @Nullable Long scheduledAt);

    /** @return 1 when the story was at {@code version} and now has the new workflow fields, 0 otherwise */
    @Query("""
            UPDATE story SET status = :status, updated_at = :updatedAt, published_at = :publishedAt,
                   scheduled_at = :scheduledAt, version = version + 1
            WHERE id = :id AND version = :version""")
    int moveIfAtVersion(long id, long version, String status, long updatedAt, @Nullable Long publishedAt,
                        @Nullable Long scheduledAt);

    @Query("UPDATE story_byline SET published_at = :listedAt WHERE story_id = :storyId")
    void relistBylines(long storyId, @Nullable Long listedAt);

    @Query("UPDATE story_tag SET published_at = :listedAt WHERE story_id = :storyId")
    void relistTags(long storyId, @Nullable Long listedAt);

    @Query("""
            SELECT id FROM story WHERE status = 'SCHEDULED' AND scheduled_at <= :now
            ORDER BY scheduled_at, id LIMIT :limit""")
    List<Long> dueForPublication(long now, int limit);

    @Query("SELECT id FROM story WHERE updated_at >= :since OR published_at >= :since ORDER BY id")
    List<Long> changedSince(long since);

    @Query("SELECT id FROM story WHERE status = 'SCHEDULED' ORDER BY scheduled_at, id LIMIT :limit")
    List<Long> scheduled(int limit);

    @Query("DELETE FROM story_byline WHERE story_id = :storyId")
    void deleteBylines(long storyId);

    @Query("""
            INSERT INTO story_byline (story_id, position, author_id, credit, published_at)
            VALUES (:storyId, :position, :authorId, :credit, :publishedAt)""")
    void insertByline(long storyId, int position, long authorId, @Nullable String credit, @Nullable Long publishedAt);

    @Query("DELETE FROM story_tag WHERE story_id = :storyId")
    void deleteTags(long storyId);

    @Query("DELETE FROM story_lead_image WHERE story_id = :storyId")
    void deleteLeadImage(long storyId);

    @Query("INSERT INTO story_lead_image (story_id, media_id, alt, caption, credit) VALUES (:storyId, :mediaId, :alt, :caption, :credit)")
    void insertLeadImage(long storyId, long mediaId, @Nullable String alt, @Nullable String caption, @Nullable String credit);

    /** The stories' lead images as they describe them themselves. */
    @Query("SELECT story_id, media_id, alt, caption, credit FROM story_lead_image WHERE story_id IN (:storyIds)")
    List<StoryLinks.LeadLink> ownLeadImagesOf(Collection<Long> storyIds);

    /** The stories' lead images as readers see them: the story's alt text, caption and credit, else the picture's. */
    @Query("""
            SELECT l.story_id, l.media_id, COALESCE(l.alt, m.alt) AS alt, COALESCE(l.caption, m.caption) AS caption,
                   COALESCE(l.credit, m.credit) AS credit
            FROM story_lead_image l JOIN media m ON m.id = l.media_id WHERE l.story_id IN (:storyIds)""")
    List<StoryLinks.LeadLink> leadImagesOf(Collection<Long> storyIds);

    @Query("SELECT id FROM story WHERE id > :after ORDER BY id LIMIT :limit")
    List<Long> idsAfter(long after, int limit);

    @Query("SELECT COUNT(*) FROM story")
    long countAll();

    @Query("SELECT story_id FROM story_lead_image WHERE media_id IN (:media)")
    List<Long> withLeadImageIn(Collection<Long> media);

    /** The stories whose lead image the picture is. */
    @Query("SELECT s.id, s.headline FROM story s JOIN story_lead_image l ON l.story_id = s.id WHERE l.media_id = :mediaId ORDER BY s.id")
    List<StoryLinks.Titled> withLeadImage(long mediaId);

    @Query("INSERT INTO story_tag (story_id, position, tag_id, published_at) VALUES (:storyId, :position, :tagId, :publishedAt)")
    void insertTag(long storyId, int position, long tagId, @Nullable Long publishedAt);

    @Query("""
            SELECT b.story_id, b.position, a.slug, a.name, b.credit FROM story_byline b JOIN author a ON a.id = b.author_id
            WHERE b.story_id IN (:storyIds) ORDER BY b.story_id, b.position""")
    List<StoryLinks.BylineLink> bylinesOf(Collection<Long> storyIds);

    @Query("""
            SELECT st.story_id, st.position, t.name FROM story_tag st JOIN tag t ON t.id = st.tag_id
            WHERE st.story_id IN (:storyIds) ORDER BY st.story_id, st.position""")
    List<StoryLinks.TagLink> tagsOf(Collection<Long> storyIds);

    @Query("SELECT id, slug FROM section WHERE id IN (:ids)")
    List<StoryLinks.SectionLink> sectionsOf(Collection<Long> ids);

    @Query("SELECT id, username FROM users WHERE id IN (:ids)")
    List<StoryLinks.CreatorLink> creatorsOf(Collection<Long> ids);

    @Query("SELECT story_id, created_at, note FROM story_correction WHERE story_id IN (:storyIds) ORDER BY story_id, id")
    List<StoryLinks.CorrectionLink> correctionsOf(Collection<Long> storyIds);

    @Query("""
            SELECT n.story_id, n.created_at, u.username, n.text FROM story_note n JOIN users u ON u.id = n.created_by
            WHERE n.story_id IN (:storyIds) ORDER BY n.story_id, n.id""")
    List<StoryLinks.NoteLink> notesOf(Collection<Long> storyIds);

    @Query("INSERT INTO story_note (story_id, created_at, created_by, text) VALUES (:storyId, :createdAt, :createdBy, :text)")
    void insertNote(long storyId, long createdAt, long createdBy, String text);

    @Query("INSERT INTO story_correction (story_id, created_at, note) VALUES (:storyId, :createdAt, :note)")
    void insertCorrection(long storyId, long createdAt, String note);
}
