package news.cms.editorial.story;

import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.ForbiddenException;
import news.cms.core.story.Story;
import news.cms.core.story.StoryFilter;
import news.cms.core.story.StoryStatus;

/**
 * Who may see and change which story. Editors and admins: every story. A reporter: only stories they
 * created or hold a byline on, and may change them only while they are drafts.
 */
@Singleton
public class StoryAccess {

    private final AuthorDirectory authors;

    StoryAccess(AuthorDirectory authors) {
        this.authors = authors;
    }

    public boolean isTheirs(Actor actor, Story story) {
        return story.createdBy().equals(actor.username())
                || authors.profileOf(actor.userId()).map(Author::slug).map(story::hasByline).orElse(false);
    }

    public void checkRead(Actor actor, Story story) {
        if (!actor.isEditor() && !isTheirs(actor, story)) {
            throw new ForbiddenException("This story is not yours: only its reporters and the editors may open it");
        }
    }

    public void checkEdit(Actor actor, Story story) {
        if (actor.isEditor()) {
            return;
        }
        checkRead(actor, story);
        if (story.status() != StoryStatus.DRAFT) {
            throw new ForbiddenException("The story is " + story.status()
                    + ": reporters may edit only drafts; ask an editor to return it to you");
        }
    }

    /** The owner restriction a reporter's lists carry; none for editors unless they ask for "mine". */
    public StoryFilter.Owner ownerScope(Actor actor, boolean mineOnly) {
        if (actor.isEditor() && !mineOnly) {
            return null;
        }
        long authorId = authors.profileOf(actor.userId()).map(Author::id).orElse(-1L);
        return new StoryFilter.Owner(actor.userId(), authorId);
    }
}
