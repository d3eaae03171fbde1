package org.eventbase.eval.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.eval.GoldXml;
import org.eventbase.model.InputException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a PETRARCH2 unit-test records file ({@code <Sentence date id>} with {@code <EventCoding sourcecode
 * targetcode eventcode>} and {@code <Text>}); the parse trees are ignored. Example:
 * {@code PetrarchReader.read(Path.of("PETR.UnitTest.records.xml")).size()}.
 */
public final class PetrarchReader {
    private PetrarchReader() {}

    public static List<PetrarchRecord> read(Path file) {
        Element root = GoldXml.root(file, "PETRARCH records file");
        NodeList sentences = root.getElementsByTagName("Sentence");
        if (sentences.getLength() == 0) {
            throw new InputException(file.toString(), "holds no <Sentence> records; give a PETRARCH2 unit-test file");
        }
        List<PetrarchRecord> records = new ArrayList<>();
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            NodeList texts = s.getElementsByTagName("Text");
            if (texts.getLength() == 0) {
                throw new InputException(file.toString(), "sentence " + s.getAttribute("id") + " has no <Text>");
            }
            List<String> codes = new ArrayList<>();
            boolean noEvents = false;
            boolean error = false;
            NodeList codings = s.getElementsByTagName("EventCoding");
            for (int c = 0; c < codings.getLength(); c++) {
                Element coding = (Element) codings.item(c);
                noEvents |= coding.hasAttribute("noevents");
                error |= coding.hasAttribute("error");
                if (coding.hasAttribute("eventcode")) {
                    codes.add(coding.getAttribute("eventcode").trim());
                }
            }
            records.add(new PetrarchRecord(s.getAttribute("id"), isoDate(s.getAttribute("date")),
                    texts.item(0).getTextContent().trim().replaceAll("\\s+", " "), codes, noEvents, error));
        }
        return records;
    }

    private static String isoDate(String yyyymmdd) {
        return yyyymmdd.matches("\\d{8}")
                ? yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6)
                : null;
    }
}
