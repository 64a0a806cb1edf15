package news.cms.core.tag;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.text.Slug;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tags are made on first use: a story's tag names become tags, matched by slug. */
@Singleton
public class TagDirectory {

    private static final String FALLBACK = "tag";

    private final TagRepository tags;

    TagDirectory(TagRepository tags) {
        this.tags = tags;
    }

    /**
     * The tags for {@code names}, created where missing, in the order given and without repeats
     * ({@code Floods} and {@code floods} are one tag). Runs inside the saving story's transaction, on
     * its one connection: a save never waits for a second connection that other saves could be holding.
     * Two saves introducing the same new tag at once are decided by the tag's unique slug: the second
     * insert waits for the first save's outcome and is then ignored (or made, if that save was undone),
     * and the read that follows sees the tag either way (READ COMMITTED, see {@code DatabaseSelection}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Tag> resolve(List<String> names) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String name : names) {
            bySlug.putIfAbsent(slugOf(name).value(), name);
        }
        if (bySlug.isEmpty()) {
            return List.of();
        }
        // Inserted in slug order, whatever order the story gives them: two saves that both introduce
        // "a" and "b" then wait for each other in the same order, never in a circle (a deadlock).
        new TreeMap<>(bySlug).forEach(tags::insertIfAbsent);
        Map<String, Tag> found = tags.findBySlugIn(bySlug.keySet()).stream()
                .map(TagRow::toTag)
                .collect(Collectors.toMap(Tag::slug, Function.identity()));
        return bySlug.keySet().stream().map(found::get).toList();
    }

    public Optional<Tag> find(String slug) {
        return tags.findBySlugIn(List.of(slug)).stream().findFirst().map(TagRow::toTag);
    }

    /**
     * The tag's slug: its Latin letters and digits ({@code Floods} → {@code floods}), or for a name
     * without any ({@code 서울}) a stable one derived from the name itself, so that every such tag
     * keeps a page of its own.
     */
    public static Slug slugOf(String name) {
        Slug slug = Slug.from(name, FALLBACK);
        if (!slug.value().equals(FALLBACK)) {
            return slug;
        }
        byte[] digest = sha256(name.strip().toLowerCase(Locale.ROOT));
        return Slug.of(FALLBACK + "-" + HexFormat.of().formatHex(digest, 0, 5));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
