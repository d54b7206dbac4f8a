package radio.archive.exoplanets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import radio.archive.MalformedResponseException;

/**
 * VOTable with TABLEDATA, streamed with StAX: {@code FIELD} elements give names and types, each {@code TR}
 * is a row, an empty {@code TD} is null. {@code INFO name="QUERY_STATUS" value="ERROR"} before the table is
 * reported as {@link TapException}. External entities and DTDs are refused.
 */
final class VoTableSource implements TapRows.Source {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final InputStream in;
    private final XMLStreamReader xml;
    private final URI source;
    private final List<String> columns = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private boolean inData;

    VoTableSource(InputStream in, URI source) throws IOException {
        this.in = in;
        this.source = source;
        try {
            this.xml = XML.createXMLStreamReader(in);
            // read the header up to the first row (or the end), collecting fields and checking the status
            while (xml.hasNext()) {
                int e = xml.next();
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("INFO") && "QUERY_STATUS".equals(xml.getAttributeValue(null, "name"))
                        && "ERROR".equalsIgnoreCase(xml.getAttributeValue(null, "value"))) {
                    throw new TapException(source, xml.getElementText().strip());
                } else if (name.equals("FIELD")) {
                    String n = xml.getAttributeValue(null, "name");
                    if (n == null) {
                        n = xml.getAttributeValue(null, "ID");
                    }
                    columns.add(n == null ? "" : n.toLowerCase(Locale.ROOT));
                    String t = xml.getAttributeValue(null, "datatype");
                    types.add(t == null ? "char" : t.toLowerCase(Locale.ROOT));
                } else if (name.equals("TABLEDATA")) {
                    inData = true;
                    break;
                }
            }
        } catch (XMLStreamException e) {
            throw new MalformedResponseException(source, "VOTable: " + e.getMessage(), e);
        }
        TapRows.requireColumns(columns, source);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object[] nextValues() throws IOException {
        if (!inData) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("TABLEDATA")) {
                    inData = false;
                    return null;
                }
                if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("TR")) {
                    return readRow();
                }
            }
            inData = false;
            return null;
        } catch (XMLStreamException e) {
            throw new MalformedResponseException(source, "VOTable: " + e.getMessage(), e);
        }
    }

    private Object[] readRow() throws XMLStreamException {
        Object[] v = new Object[columns.size()];
        int c = 0;
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("TD")) {
                String text = xml.getElementText().strip();
                if (c < v.length) {
                    v[c] = typed(text, types.get(c));
                }
                c++;
            } else if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("TR")) {
                break;
            }
        }
        return v;
    }

    private static Object typed(String text, String type) {
        if (text.isEmpty()) {
            return null;
        }
        if (type.equals("char") || type.equals("unicodechar")) {
            return text;
        }
        if (type.equals("boolean")) {
            return text.equalsIgnoreCase("true") || text.equals("1") || text.equalsIgnoreCase("T");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            in.close();
        }
    }
}
