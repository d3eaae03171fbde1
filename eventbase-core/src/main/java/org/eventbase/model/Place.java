package org.eventbase.model;

import java.util.List;

/**
 * A toponym of the article resolved against the offline gazetteer, with every span that names it.
 * Example: "Valparaíso" in a story about Chile gives {@code Place("p1", "Valparaíso", 3868626L, -33.04, -71.63,
 * "P", "PPLA", "CL", "01", 296655L, CITY, "e4", [mentions], null)}.
 *
 * @param id           {@code p1}, {@code p2}, … in order of first mention
 * @param name         the gazetteer's name for the place (the name as written when unresolved)
 * @param geonameId    the GeoNames id, or null when the toponym could not be resolved or is a region
 * @param lat          latitude in degrees (WGS84), or null when unresolved
 * @param lon          longitude in degrees (WGS84), or null when unresolved
 * @param featureClass GeoNames feature class ({@code P} populated place, {@code A} administrative area, …) or null
 * @param featureCode  GeoNames feature code ({@code PPLC}, {@code PPLA}, {@code ADM1}, {@code PCLI}, …) or null
 * @param countryCode  ISO 3166-1 alpha-2 code of the country it lies in, or null
 * @param admin1Code   the GeoNames admin-1 code within that country, or null
 * @param population   population per GeoNames (0 when unknown)
 * @param precision    how exactly the place is located
 * @param entityId     the entity (GPE/LOCATION) this place resolves, or null when found without one
 * @param mentions     every span of the clean text that names this place
 * @param reason       why the place is unresolved ("not in the gazetteer", "ambiguous: …"); null when resolved
 */
public record Place(
        String id,
        String name,
        Long geonameId,
        Double lat,
        Double lon,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        long population,
        PlacePrecision precision,
        String entityId,
        List<Mention> mentions,
        String reason) {
    public Place {
        mentions = List.copyOf(mentions);
    }

    /** True when the place has coordinates. */
    public boolean resolved() {
        return lat != null && lon != null;
    }
}
