package news.cms.app.desk.search;

import io.micronaut.core.annotation.Nullable;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.NewsroomTime.When;

import java.util.List;
import java.util.Map;

/** What the desk's search template (src/main/jte/desk/search) shows. */
public final class SearchPages {

    private SearchPages() {
    }

    /** A choice of a select: the value sent and the label shown. */
    public record Choice(String value, String label) {
    }

    /** One story found: {@code snippet} is escaped HTML with {@code <mark>} around the matched words. */
    public record Row(long id, String headline, String state, String section, String bylines, When changed,
                      String snippet) {
    }

    /** One page of what was found; the links are empty when there is no page before or after. */
    public record Found(long total, List<Row> rows, String previous, String next) {
    }

    /**
     * The search form as typed, and what it found (null before anything is asked).
     *
     * @param typed  the fields by name (q, state, section, author, from, to)
     * @param editor editors find every story; reporters are told what they find
     */
    public record SearchPage(Frame frame, Map<String, String> typed, List<Choice> states, List<Choice> sections,
                             List<Choice> authors, String zone, @Nullable Found found, FormErrors errors,
                             boolean editor) {

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }
    }
}
