package news.cms.core.tag;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.text.Slug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tags are made on first use: a story's tag names become tags, matched by slug. */
@Singleton
public class TagDirectory {

    private final TagRepository tags;

    TagDirectory(TagRepository tags) {
        this.tags = tags;
    }

    /**
     * The tags for {@code names}, created where missing, in the order given and without repeats
     * ({@code Floods} and {@code floods} are one tag). Runs in its own transaction so that two saves
     * introducing the same new tag at the same moment both find it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Tag> resolve(List<String> names) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String name : names) {
            bySlug.putIfAbsent(Slug.from(name, "tag").value(), name);
        }
        if (bySlug.isEmpty()) {
            return List.of();
        }
        bySlug.forEach(tags::insertIfAbsent);
        Map<String, Tag> found = tags.findBySlugIn(bySlug.keySet()).stream()
                .map(TagRow::toTag)
                .collect(Collectors.toMap(Tag::slug, Function.identity()));
        return bySlug.keySet().stream().map(found::get).toList();
    }
}
