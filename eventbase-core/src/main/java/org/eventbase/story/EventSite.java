package org.eventbase.story;

import org.eventbase.model.PlacePrecision;

/**
 * Where an event happened, as far as story merging needs it. Example: {@code EventSite("Mopti", 2453348L, 14.49,
 * -4.19, "ML", "04", CITY)}; a country-level site has only the name, country code and {@code COUNTRY} precision.
 *
 * @param name       the gazetteer name (or the place as written when unresolved)
 * @param geonameId  the GeoNames id, or null
 * @param lat        latitude, or null when unresolved
 * @param lon        longitude, or null when unresolved
 * @param country    ISO 3166-1 alpha-2 code, or null
 * @param admin1     GeoNames admin-1 code, or null
 * @param precision  how exactly the place is located, or null when unknown
 */
public record EventSite(String name, Long geonameId, Double lat, Double lon, String country, String admin1,
        PlacePrecision precision) {

    /** True for a site finer than a province: a point or a city. */
    public boolean local() {
        return lat != null && lon != null && (precision == PlacePrecision.POINT || precision == PlacePrecision.CITY);
    }

    /** Great-circle distance in kilometres; infinite when either has no coordinates. */
    public double kilometresTo(EventSite other) {
        if (lat == null || lon == null || other.lat == null || other.lon == null) {
            return Double.POSITIVE_INFINITY;
        }
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
