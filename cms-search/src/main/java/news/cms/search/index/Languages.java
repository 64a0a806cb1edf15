package news.cms.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analysis of each story by its {@code language}: English with Porter stemming and stop words
 * (missiles and missile, launches and launch), Korean with nori's morphological analyser (북한이 is
 * 북한 with its particle; docs/decisions/0019), every other language with Lucene's standard tokenizer
 * and lower-casing. Each language has its own fields ({@code body_en}, {@code body_ko}…), so a query
 * is analysed once per language and matched against that language's fields.
 */
public enum Languages {
    ENGLISH("en"), KOREAN("ko"), OTHER("xx");

    /**
     * Names this analysis. An index whose commit carries another name was made by an older analysis and
     * is rebuilt at start. Change it whenever an analyser, a field or a boost changes.
     */
    public static final String ANALYSIS = "2:en-porter,ko-nori,xx-standard;offsets";

    /** The story's text fields, each with its weight in the ranking: a match in the headline counts most. */
    public static final List<String> TEXT_FIELDS = List.of("headline", "dek", "body");
    static final Map<String, Float> WEIGHTS = Map.of("headline", 4f, "dek", 2f, "body", 1f);

    private final String suffix;

    Languages(String suffix) {
        this.suffix = suffix;
    }

    /** The field of this language: {@code body} → {@code body_en}. */
    public String field(String text) {
        return text + "_" + suffix;
    }

    public static Languages of(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
        if (tag.equals("en") || tag.startsWith("en-")) {
            return ENGLISH;
        }
        if (tag.equals("ko") || tag.startsWith("ko-")) {
            return KOREAN;
        }
        return OTHER;
    }

    Analyzer analyzer() {
        return switch (this) {
            case ENGLISH -> new EnglishAnalyzer();
            case KOREAN -> new KoreanAnalyzer();
            case OTHER -> new StandardAnalyzer();
        };
    }

    /** One analyser for the whole index: each language's fields by their own, the rest as keywords. */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Languages language : values()) {
            Analyzer analyzer = language.analyzer();
            for (String text : TEXT_FIELDS) {
                fields.put(language.field(text), analyzer);
            }
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }
}
