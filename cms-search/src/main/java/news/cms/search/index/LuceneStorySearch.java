package news.cms.search.index;

import jakarta.inject.Singleton;
import news.cms.core.search.SearchQuery;
import news.cms.core.search.SearchResults;
import news.cms.core.search.StorySearch;
import news.cms.core.story.StoryStatus;
import news.cms.core.time.UtcTime;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches the index: every word (in any of its forms) or {@code "quoted phrase"} must match, in the
 * headline, dek or body, in the story's own language's analysis; a headline match counts four times a
 * body match, a dek twice; newer stories get a gentle boost ({@link Recency}) and, at an equal score,
 * come first. The view's filter ({@link SearchQuery.Scope}) is part of every query. Snippets come from
 * the index's copy of the text, escaped before {@code <mark>} is put around the matched words.
 */
@Singleton
class LuceneStorySearch implements StorySearch {

    /** Results looked at, at most: 1,000 pages of ten. */
    private static final int DEEPEST = 10_000;
    private static final Pattern CLAUSES = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final int SNIPPET_CHARS = 220;

    private final SearchIndex index;

    LuceneStorySearch(SearchIndex index) {
        this.index = index;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Query text = textQuery(query.text(), index.analyzer());
        if (text == null) {
            return SearchResults.NONE;
        }
        int size = Math.max(1, Math.min(query.size(), SearchQuery.MAX_PAGE_SIZE));
        int page = Math.max(1, query.page());
        if ((long) page * size > DEEPEST) {
            return SearchResults.NONE;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filters(query).forEach(filter -> filtered.add(filter, BooleanClause.Occur.FILTER));
        Query matching = filtered.build();
        long now = UtcTime.toRow(query.now());
        Query ranked = query.byDate() ? matching : FunctionScoreQuery.boostByValue(matching, new Recency(now));
        Sort sort = query.byDate() ? new Sort(new SortField(StoryDocuments.TIME, SortField.Type.LONG, true))
                : new Sort(SortField.FIELD_SCORE, new SortField(StoryDocuments.TIME, SortField.Type.LONG, true));
        return index.search(searcher -> {
            // every match is scored for the order anyway, so the exact total comes in the same pass
            TopDocs top = searcher.search(ranked, new TopFieldCollectorManager(sort, page * size, null, Integer.MAX_VALUE));
            ScoreDoc[] shown = top.scoreDocs.length <= (page - 1) * size ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, (page - 1) * size, top.scoreDocs.length);
            return new SearchResults(top.totalHits.value, hits(searcher, text, shown));
        }, SearchResults.NONE);
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] shown) throws IOException {
        if (shown.length == 0) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (String part : List.of("body", "dek")) { // the headline is shown whole beside the snippet
            for (Languages language : Languages.values()) {
                fields.add(language.field(part));
            }
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
        int[] passages = new int[fields.size()];
        Arrays.fill(passages, 1);
        Map<String, String[]> snippets = highlighter.highlightFields(fields.toArray(String[]::new), text,
                new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown), passages);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            long id = Long.parseLong(searcher.storedFields().document(shown[i].doc).get(StoryDocuments.ID));
            hits.add(new SearchResults.Hit(id, snippet(fields, snippets, i)));
        }
        return hits;
    }

    /** The first field's passage with a match in it; else the body's start; else nothing. */
    private static String snippet(List<String> fields, Map<String, String[]> snippets, int hit) {
        String first = null;
        for (String field : fields) {
            String passage = snippets.get(field)[hit];
            if (passage == null || passage.isBlank()) {
                continue;
            }
            if (passage.contains("<mark>")) {
                return shorten(passage);
            }
            if (first == null && field.startsWith("body")) {
                first = passage;
            }
        }
        return first == null ? "" : shorten(first);
    }

    /** A passage is a sentence or two; a sentence without an end is cut at a word (the markup is kept whole). */
    private static String shorten(String passage) {
        if (passage.length() <= SNIPPET_CHARS * 2 || passage.indexOf("<mark>") > SNIPPET_CHARS) {
            return passage.strip();
        }
        int cut = passage.lastIndexOf(' ', SNIPPET_CHARS * 2);
        int open = passage.lastIndexOf("<mark>", cut);
        int close = passage.lastIndexOf("</mark>", cut);
        if (open > close) {
            cut = passage.indexOf("</mark>", open) + "</mark>".length();
        }
        return passage.substring(0, Math.max(cut, 0)).strip() + " …";
    }

    /** What the view may see and what the filters ask for. */
    private static List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        long now = UtcTime.toRow(query.now());
        Query live = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(StoryDocuments.STATUS, StoryStatus.PUBLISHED.name())), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(StoryDocuments.PUBLISHED, Long.MIN_VALUE, now), BooleanClause.Occur.FILTER)
                .build();
        if (query.scope() instanceof SearchQuery.Readers) {
            filters.add(live);
        } else if (query.scope() instanceof SearchQuery.Reporter reporter) {
            BooleanQuery.Builder theirs = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                    .add(live, BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(StoryDocuments.CREATOR, reporter.username())), BooleanClause.Occur.SHOULD);
            if (reporter.authorSlug() != null) {
                theirs.add(new TermQuery(new Term(StoryDocuments.AUTHOR, reporter.authorSlug())), BooleanClause.Occur.SHOULD);
            }
            filters.add(theirs.build());
        } // the newsroom's view: every story
        if (query.status() != null) {
            filters.add(new TermQuery(new Term(StoryDocuments.STATUS, query.status().name())));
        }
        if (query.section() != null && !query.section().isBlank()) {
            filters.add(new TermQuery(new Term(StoryDocuments.SECTION, query.section().strip())));
        }
        if (query.author() != null && !query.author().isBlank()) {
            filters.add(new TermQuery(new Term(StoryDocuments.AUTHOR, query.author().strip())));
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : UtcTime.toRow(query.from());
            long to = query.to() == null ? Long.MAX_VALUE : UtcTime.toRow(query.to()) - 1;
            filters.add(LongPoint.newRangeQuery(StoryDocuments.TIME, from, to));
        }
        return filters;
    }

    /**
     * The words and phrases, each to be found in some text field; a story is in one language, so each
     * language's fields are asked on their own, with the words that language's analysis keeps (an
     * English stop word asks nothing of English stories). Null when nothing can be searched for.
     */
    static Query textQuery(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String[]> clauses = new ArrayList<>(); // {words, "phrase" or ""}
        Matcher matcher = CLAUSES.matcher(text);
        while (matcher.find()) {
            boolean phrase = matcher.group(1) != null;
            clauses.add(new String[]{phrase ? matcher.group(1) : matcher.group(2), phrase ? "phrase" : ""});
        }
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        int asked = 0;
        for (Languages language : Languages.values()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int kept = 0;
            for (String[] clause : clauses) {
                BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
                int fields = 0;
                for (String part : Languages.TEXT_FIELDS) {
                    Query match = match(language.field(part), clause[0], analyzer);
                    if (match != null) {
                        anywhere.add(new BoostQuery(match, Languages.WEIGHTS.get(part)), BooleanClause.Occur.SHOULD);
                        fields++;
                    }
                }
                if (fields > 0) {
                    all.add(anywhere.build(), BooleanClause.Occur.MUST);
                    kept++;
                }
            }
            if (kept > 0) {
                languages.add(all.build(), BooleanClause.Occur.SHOULD);
                asked++;
            }
        }
        return asked == 0 ? null : languages.build();
    }

    /** The words as the field's analysis makes them: one term, or a phrase of several; null when none is left. */
    private static Query match(String field, String words, Analyzer analyzer) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        List<Term> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, words)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += Math.max(1, increment.getPositionIncrement());
                Term t = new Term(field, term.toString());
                terms.add(t);
                phrase.add(t, position);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        return terms.size() == 1 ? new TermQuery(terms.get(0)) : phrase.build();
    }
}
