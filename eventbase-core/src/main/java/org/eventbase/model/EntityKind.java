package org.eventbase.model;

/**
 * What kind of referent an entity is.
 * GPE covers countries, cities and provinces (places with a government); LOCATION other places
 * (regions, rivers, mountains); NORP nationalities, religious and political groups ("Norwegian", "Buddhist").
 */
public enum EntityKind {
    PERSON,
    ORGANIZATION,
    GPE,
    LOCATION,
    NORP,
    MISC
}
