package news.cms.app.site;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The schemas a crawler holds our sitemaps to: the official sitemap 0.9 XSD (as shipped in the
 * sitemapgen4j jar) together with our own XSDs of the Google News and image extensions
 * ({@code schemas/sitemap-news.xsd}, {@code schemas/sitemap-image.xsd}; no jar ships Google's).
 * Nothing is fetched from the network.
 */
final class SitemapSchemas {

    private static final String SITEMAP_XSD = "com/redfin/sitemapgenerator/sitemap.xsd";
    private static final String NEWS_XSD = "schemas/sitemap-news.xsd";
    private static final String IMAGE_XSD = "schemas/sitemap-image.xsd";
    private static final Schema ALL = load();

    private SitemapSchemas() {
    }

    /** Fails with the validator's own message (line, column, rule) when {@code xml} is not valid. */
    static void assertValid(String xml, String what) {
        Validator validator = ALL.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError(what + " is not valid against the sitemap schemas: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // one schema of every namespace, so the sitemap schema's strict wildcard finds news:news and image:image
            return factory.newSchema(new Source[]{source(SITEMAP_XSD), source(NEWS_XSD), source(IMAGE_XSD)});
        } catch (SAXException e) {
            throw new IllegalStateException("the sitemap schemas do not load", e);
        }
    }

    private static Source source(String resource) {
        URL url = SitemapSchemas.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        try {
            return new StreamSource(url.openStream(), url.toExternalForm());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
