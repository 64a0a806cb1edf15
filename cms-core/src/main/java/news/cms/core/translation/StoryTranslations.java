package news.cms.core.translation;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.transaction.Transactional;
import jakarta.inject.Singleton;
import news.cms.core.time.UtcTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which stories are translations of which. A translation has one original; the stories linked to
 * a story are its original, its original's other translations and its own translations, so every
 * language version of a story finds all the others.
 */
@Singleton
public class StoryTranslations {

    private final TranslationRepository links;

    StoryTranslations(TranslationRepository links) {
        this.links = links;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void link(long originalId, long translationId, Instant at) {
        links.save(new TranslationRow(translationId, originalId, UtcTime.toRow(at)));
    }

    /** The story this one was translated from, if it is a translation. */
    @ReadOnly
    public Optional<Long> originalOf(long storyId) {
        return links.findByTranslationId(storyId).map(TranslationRow::originalId);
    }

    /** Every other language version of the story, original first, then translations in creation order. */
    @ReadOnly
    public List<Long> linkedTo(long storyId) {
        long original = originalOf(storyId).orElse(storyId);
        List<Long> linked = new ArrayList<>();
        linked.add(original);
        links.findByOriginalIdOrderByTranslationIdAsc(original).forEach(row -> linked.add(row.translationId()));
        linked.remove(Long.valueOf(storyId));
        return linked;
    }
}
