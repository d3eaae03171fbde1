package org.eventbase.eval.geo;

/**
 * A point on the earth in decimal degrees. Example: {@code new GeoPoint(14.87, 120.95)} is Pandi, Bulacan.
 */
public record GeoPoint(double lat, double lon) {
    /** The mean earth radius in km (IUGG), as geopy's great-circle distance uses. */
    static final double EARTH_RADIUS_KM = 6371.009;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a point: " + lat + ", " + lon);
        }
    }

    /** Great-circle distance in km (haversine). */
    public double kilometresTo(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.lon - lon);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
