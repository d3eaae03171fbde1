package org.eventbase.eval.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads GeoVirus: {@code <article><source/><text/><locations><location><name/><start/><end/><lat/><lon/>…}. Its
 * offsets are one too high, so start and end are moved back by one before snapping to the name. A location whose
 * end tag went missing holds the next ones; they are read all the same.
 * Example: {@code GeoVirusReader.read(Path.of("GeoVirus.xml")).get(0).toponyms().get(0).point()}.
 */
public final class GeoVirusReader {
    private GeoVirusReader() {}

    /** @throws org.eventbase.model.InputException naming the file when it is missing or malformed */
    public static List<GoldGeoDocument> read(Path file) {
        List<GoldGeoDocument> documents = new ArrayList<>();
        List<Element> articles = GeoXml.children(GeoXml.root(file), "article");
        for (int i = 0; i < articles.size(); i++) {
            Element article = articles.get(i);
            String text = GeoXml.text(article, "text");
            text = text == null ? "" : text;
            List<GoldToponym> toponyms = new ArrayList<>();
            for (Element l : GeoXml.descendants(GeoXml.child(article, "locations"), "location")) {
                GoldToponym toponym = new GoldToponym(GeoXml.integer(file, l, "start") - 1,
                        GeoXml.integer(file, l, "end") - 1, GeoXml.text(l, "name"), GeoXml.point(file, l));
                toponyms.add(ToponymSnapper.snap(text, toponym));
            }
            documents.add(new GoldGeoDocument(file.getFileName() + ":" + (i + 1), text, toponyms));
        }
        return List.copyOf(documents);
    }
}
