package org.eventbase.eval.geo;

/**
 * The result of scoring the places stage on one geoparsing gold file: toponym detection and geocoding error.
 * Example: {@code report.geocoding().accuracyAt161()}, {@code report.detection().f1()}.
 *
 * @param gold       the gold file's name
 * @param format     {@code lgl} or {@code geovirus}
 * @param documents  documents scored
 * @param seconds    time spent running the pipeline
 */
public record GeoReport(String gold, String format, int documents, ToponymDetectionScore detection,
        GeocodingScore geocoding, double seconds) {}
