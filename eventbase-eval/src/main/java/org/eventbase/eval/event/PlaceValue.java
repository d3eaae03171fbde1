package org.eventbase.eval.event;

/**
 * Where an event happened, gold or predicted. Example: {@code new PlaceValue("Valparaíso", "CL", -33.05, -71.62)}.
 *
 * @param text    the place as written
 * @param country ISO 3166-1 alpha-2 code of its country, or null when unknown
 * @param lat     approximate latitude, or null
 * @param lon     approximate longitude, or null
 */
public record PlaceValue(String text, String country, Double lat, Double lon) {}
