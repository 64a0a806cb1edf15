package news.cms.search.index;

import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.time.UtcTime;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A story as the index holds it: its words in its language's fields (the body as the text readers
 * read, without Markdown's marks), and what the views and filters need: state, section, bylines, who
 * created it, its time. The index answers with ids; pages read the stories themselves from the
 * database, so a renamed section or author needs no reindexing.
 */
final class StoryDocuments {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String SECTION = "section";
    static final String AUTHOR = "author";
    static final String CREATOR = "creator";
    /** Published at, for live stories; for the others the last change. Point (filters), doc values (order, recency). */
    static final String TIME = "time";
    /** Published at, only for stories that have been published: what "live" is checked against. */
    static final String PUBLISHED = "published";

    /**
     * Words with their positions (phrases) and offsets (so the highlighter finds the matched words from
     * the index, without analysing a body again for each result), and stored (the snippets' text).
     */
    private static final FieldType WORDS = new FieldType(TextField.TYPE_STORED);

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS.freeze();
    }

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private StoryDocuments() {
    }

    static Document of(Story story) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(story.id()), Field.Store.YES));
        doc.add(new StringField(STATUS, story.status().name(), Field.Store.NO));
        doc.add(new StringField(SECTION, story.section(), Field.Store.NO));
        for (Byline byline : story.bylines()) {
            doc.add(new StringField(AUTHOR, byline.slug(), Field.Store.NO));
        }
        doc.add(new StringField(CREATOR, story.createdBy(), Field.Store.NO));
        long time = UtcTime.toRow(story.publishedAt() != null ? story.publishedAt() : story.updatedAt());
        doc.add(new LongPoint(TIME, time));
        doc.add(new NumericDocValuesField(TIME, time));
        if (story.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED, UtcTime.toRow(story.publishedAt())));
        }
        Languages language = Languages.of(story.language());
        doc.add(new Field(language.field("headline"), story.headline(), WORDS));
        doc.add(new Field(language.field("dek"), story.dek() == null ? "" : story.dek(), WORDS));
        doc.add(new Field(language.field("body"), text(story.body()), WORDS));
        doc.add(new StoredField("language", language.name()));
        return doc;
    }

    /** Markdown as the words a reader sees. */
    static String text(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : TEXT.render(MARKDOWN.parse(markdown)).strip();
    }
}
