package org.eventbase.model;

/**
 * How exactly a {@link Place} is located. Example: "Tbilisi" is {@code CITY}, "Borno state" is {@code ADMIN1},
 * "Chile" is {@code COUNTRY}, "the west of the country" or "Central Asia" is {@code REGION}, a named square or
 * airport resolved to its own coordinates is {@code POINT}.
 */
public enum PlacePrecision {
    POINT,
    CITY,
    ADMIN1,
    COUNTRY,
    REGION
}
