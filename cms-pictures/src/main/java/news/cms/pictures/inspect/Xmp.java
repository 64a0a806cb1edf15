package news.cms.pictures.inspect;

import news.cms.pictures.SourceWarning;
import news.cms.pictures.SourceWarning.Kind;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * An XMP packet's properties that reveal a place, a device or a person, found by namespace and
 * name (as elements or as attributes, the two ways XMP writes a property). The parser refuses
 * DOCTYPEs, so a hostile packet can neither expand entities nor reach a file or URL.
 */
final class Xmp {

    private static final String EXIF = "http://ns.adobe.com/exif/1.0/";
    private static final String AUX = "http://ns.adobe.com/exif/1.0/aux/";
    private static final String EXIF_EX = "http://cipa.jp/exif/1.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String TIFF = "http://ns.adobe.com/tiff/1.0/";
    private static final String RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";
    private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    private static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private record Property(String namespace, String name, Kind kind, String label) {
    }

    private static final List<Property> PROPERTIES = List.of(
            new Property(EXIF, "GPSLatitude", Kind.LOCATION, "exif:GPSLatitude"),
            new Property(EXIF, "GPSLongitude", Kind.LOCATION, "exif:GPSLongitude"),
            new Property(AUX, "SerialNumber", Kind.SERIAL_NUMBER, "aux:SerialNumber"),
            new Property(AUX, "LensSerialNumber", Kind.SERIAL_NUMBER, "aux:LensSerialNumber"),
            new Property(EXIF_EX, "BodySerialNumber", Kind.SERIAL_NUMBER, "exifEX:BodySerialNumber"),
            new Property(EXIF_EX, "LensSerialNumber", Kind.SERIAL_NUMBER, "exifEX:LensSerialNumber"),
            new Property(EXIF_EX, "CameraOwnerName", Kind.NAME, "exifEX:CameraOwnerName"),
            new Property(DC, "creator", Kind.NAME, "dc:creator"),
            new Property(TIFF, "Artist", Kind.NAME, "tiff:Artist"),
            new Property(RIGHTS, "Owner", Kind.NAME, "xmpRights:Owner"),
            new Property(PHOTOSHOP, "Credit", Kind.NAME, "photoshop:Credit"),
            new Property(PHOTOSHOP, "CaptionWriter", Kind.NAME, "photoshop:CaptionWriter"),
            new Property(IPTC_CORE, "CreatorContactInfo", Kind.NAME, "Iptc4xmpCore:CreatorContactInfo"));

    private Xmp() {
    }

    static List<SourceWarning> warnings(String packet) {
        List<SourceWarning> warnings = new ArrayList<>();
        Element root = parse(packet);
        if (root == null) {
            return warnings;
        }
        visit(root, warnings);
        return warnings;
    }

    private static void visit(Element element, List<SourceWarning> warnings) {
        match(element.getNamespaceURI(), element.getLocalName(), element.getTextContent(), warnings);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            match(a.getNamespaceURI(), a.getLocalName(), a.getValue(), warnings);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, warnings);
            }
        }
    }

    private static void match(String namespace, String name, String value, List<SourceWarning> warnings) {
        if (namespace == null || value == null || value.isBlank()) {
            return;
        }
        for (Property p : PROPERTIES) {
            if (p.namespace.equals(namespace) && p.name.equals(name)) {
                warnings.add(Warnings.of(p.kind, "XMP", p.label));
            }
        }
    }

    private static Element parse(String packet) {
        int start = packet.indexOf("<x:xmpmeta");
        int end = packet.lastIndexOf("</x:xmpmeta>");
        String xml = start >= 0 && end > start ? packet.substring(start, end + "</x:xmpmeta>".length()) : packet.trim();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            // not well-formed: XMP we cannot read reveals nothing to us, and never reaches a public file
            return null;
        }
    }

}
