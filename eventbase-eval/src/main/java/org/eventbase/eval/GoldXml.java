package org.eventbase.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.eventbase.model.InputException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a gold XML file safely (no DTDs, no external entities) and quietly: a malformed file is one
 * {@link InputException} naming it, never parser noise on stderr.
 * Example: {@code GoldXml.root(Path.of("lgl.xml"), "LGL file").getTagName()} is "articles".
 */
public final class GoldXml {
    private GoldXml() {}

    /** @param kind what the file should be, for the message about a missing file: "TimeML file" */
    public static Element root(Path file, String kind) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            try (InputStream in = Files.newInputStream(file)) {
                return builder.parse(in).getDocumentElement();
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such " + kind);
        } catch (SAXParseException e) {
            throw new InputException(file.toString(), "not well-formed XML at line " + e.getLineNumber() + ": "
                    + e.getMessage());
        } catch (SAXException e) {
            throw new InputException(file.toString(), "not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a gold file unusable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
