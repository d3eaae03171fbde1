package org.eventbase.eval.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads the LGL corpus: {@code <article docid><text/><toponyms><toponym><start/><end/><phrase/>
 * <gaztag geonameid><lat/><lon/>…}. Toponyms without a gazetteer tag keep their span and have no point.
 * Example: {@code LglReader.read(Path.of("lgl.xml")).get(0).toponyms().get(0).phrase()}.
 */
public final class LglReader {
    private LglReader() {}

    /** @throws org.eventbase.model.InputException naming the file when it is missing or malformed */
    public static List<GoldGeoDocument> read(Path file) {
        List<GoldGeoDocument> documents = new ArrayList<>();
        for (Element article : GeoXml.children(GeoXml.root(file), "article")) {
            String text = GeoXml.text(article, "text");
            text = text == null ? "" : text;
            List<GoldToponym> toponyms = new ArrayList<>();
            for (Element t : GeoXml.children(GeoXml.child(article, "toponyms"), "toponym")) {
                Element gaztag = GeoXml.child(t, "gaztag");
                GoldToponym toponym = new GoldToponym(GeoXml.integer(file, t, "start"), GeoXml.integer(file, t, "end"),
                        GeoXml.text(t, "phrase"), gaztag == null ? null : GeoXml.point(file, gaztag));
                toponyms.add(ToponymSnapper.snap(text, toponym));
            }
            documents.add(new GoldGeoDocument(file.getFileName() + ":" + article.getAttribute("docid"), text, toponyms));
        }
        return List.copyOf(documents);
    }
}
