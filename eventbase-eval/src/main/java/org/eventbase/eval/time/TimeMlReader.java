package org.eventbase.eval.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.eval.GoldXml;
import org.eventbase.model.InputException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a TimeML file (as in TempEval-3's TBAQ-cleaned): the creation date from {@code <DCT><TIMEX3 value>}, and the
 * inline {@code <TIMEX3 type value>} elements of {@code <TEXT>} as spans into its plain text; other inline tags
 * ({@code EVENT}, {@code SIGNAL}) only contribute their text.
 * Example: {@code TimeMlReader.read(Path.of("ABC19980108.1830.0711.tml")).creationDate()} is "1998-01-08".
 */
public final class TimeMlReader {
    private TimeMlReader() {}

    /** @throws InputException naming the file when it is missing, not XML, or has no TEXT */
    public static TimeMlDocument read(Path file) {
        Element root = parse(file);
        String creationDate = null;
        NodeList dcts = root.getElementsByTagName("DCT");
        if (dcts.getLength() > 0) {
            NodeList timex = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
            if (timex.getLength() > 0) {
                creationDate = ((Element) timex.item(0)).getAttribute("value");
            }
        }
        NodeList texts = root.getElementsByTagName("TEXT");
        if (texts.getLength() == 0) {
            throw new InputException(file.toString(), "no <TEXT> element; expected a TimeML document");
        }
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        collect(texts.item(0), text, timexes);
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return new TimeMlDocument(id, creationDate, text.toString(), timexes);
    }

    private static void collect(Node node, StringBuilder text, List<GoldTimex> timexes) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                int start = text.length();
                collect(e, text, timexes);
                if (e.getTagName().equals("TIMEX3")) {
                    timexes.add(new GoldTimex(start, text.length(), e.getAttribute("type"), e.getAttribute("value")));
                }
            }
        }
    }

    private static Element parse(Path file) {
        return GoldXml.root(file, "TimeML file");
    }
}
