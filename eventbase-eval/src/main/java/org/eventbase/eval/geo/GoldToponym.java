package org.eventbase.eval.geo;

/**
 * A place name in a geoparsing gold document: its span in the document's text and, when annotated, its point.
 * Example: {@code new GoldToponym(170, 175, "Pandi", new GeoPoint(14.87, 120.95))}.
 *
 * @param point the gold coordinates, or null when the annotators gave none (some LGL toponyms lack a gazetteer tag)
 */
public record GoldToponym(int start, int end, String phrase, GeoPoint point) {
    public boolean hasPoint() {
        return point != null;
    }
}
