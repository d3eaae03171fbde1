package org.eventbase.eval.geo;

/**
 * One place mention the pipeline found, resolved or not. Example: {@code new PredictedToponym(170, 175, point)};
 * {@code point} is null when the place has no coordinates.
 */
public record PredictedToponym(int start, int end, GeoPoint point) {}
