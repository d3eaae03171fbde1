package org.eventbase.store;

import java.util.Locale;

/**
 * A longitude/latitude rectangle for filtering events, written like GeoJSON's bbox: {@code minLon,minLat,maxLon,maxLat}.
 * Example: {@code BoundingBox.parse("33.9,-4.7,41.9,5.5")} covers Kenya.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
        if (minLat > maxLat || minLon > maxLon || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "bounding box %s,%s,%s,%s is not minLon,minLat,maxLon,maxLat within -180..180 and -90..90",
                    minLon, minLat, maxLon, maxLat));
        }
    }

    /** @throws IllegalArgumentException with a message for the user when the text is not four numbers in order */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bounding box '" + text + "' needs four numbers: minLon,minLat,maxLon,maxLat");
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bounding box '" + text + "' needs four numbers: minLon,minLat,maxLon,maxLat");
        }
    }
}
