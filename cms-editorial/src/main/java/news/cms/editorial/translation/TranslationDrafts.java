package news.cms.editorial.translation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.translation.StoryTranslations;
import news.cms.core.time.UtcTime;
import news.cms.editorial.story.StoryDesk;

import java.time.Clock;

/** Stores a translated draft and its link to the original in one transaction. */
@Singleton
class TranslationDrafts {

    private final StoryDesk desk;
    private final StoryTranslations translations;
    private final AuditLog audit;
    private final Clock clock;

    TranslationDrafts(StoryDesk desk, StoryTranslations translations, AuditLog audit, Clock clock) {
        this.desk = desk;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Story create(Actor actor, Story original, StoryContent translated) {
        // a translation of a translation is linked to the first original, so all versions stay one group
        long originalId = translations.originalOf(original.id()).orElse(original.id());
        Story draft = desk.create(actor, translated);
        translations.link(originalId, draft.id(), UtcTime.now(clock));
        audit.record(AuditEntry.story(actor, "story.translate", draft.id(), null, draft.status().name(),
                "translated from story " + original.id() + " (" + original.language() + " → " + draft.language() + ")"));
        return draft;
    }
}
