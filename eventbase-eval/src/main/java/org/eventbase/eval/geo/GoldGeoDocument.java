package org.eventbase.eval.geo;

import java.util.List;

/**
 * One geoparsing gold document: its text and its toponyms, offsets already snapped to the text.
 * Example: {@code new GoldGeoDocument("lgl.xml:40450848", "Alexandria woman charged ...", toponyms)}.
 */
public record GoldGeoDocument(String id, String text, List<GoldToponym> toponyms) {
    public GoldGeoDocument {
        toponyms = List.copyOf(toponyms);
    }
}
