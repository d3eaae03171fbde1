package org.eventbase.eval.geo;

/**
 * A place a geoparser found and resolved: its span in the document's text and its point.
 * Example: {@code new ResolvedPlace(170, 175, new GeoPoint(14.87, 120.95))}.
 */
public record ResolvedPlace(int start, int end, GeoPoint point) {}
