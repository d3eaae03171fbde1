package org.eventbase.geo;

import org.eventbase.model.PlacePrecision;

/**
 * One place of the {@link Gazetteer}. Example: {@code GazetteerEntry(1526273, "Astana", 51.18, 71.45, "P", "PPLC",
 * "KZ", "05", 1078362, CITY)}; a country is {@code ("Chile", …, "A", "PCLI", "CL", "", …, COUNTRY)} with no
 * GeoNames id.
 *
 * @param geonameId  the GeoNames id, or null for countries, admin-1 regions and world regions (their sources have
 *                   none)
 * @param admin1Code the GeoNames admin-1 code ("" for countries and world regions)
 * @param precision  what the entry is: CITY, ADMIN1, COUNTRY or REGION
 */
public record GazetteerEntry(
        Long geonameId,
        String name,
        double lat,
        double lon,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        long population,
        PlacePrecision precision) {

    /** True when this is the capital of its country (GeoNames PPLC). */
    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** True when this is a seat of a first-order division (PPLA) or a capital. */
    public boolean isSeat() {
        return "PPLA".equals(featureCode) || isCapital();
    }

    /** Great-circle distance to another entry in km. */
    public double kilometresTo(GazetteerEntry other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.009 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
