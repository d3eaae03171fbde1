package org.eventbase.model;

/**
 * What kind of party an event actor is, whatever its name. Example: "riot police" is {@code STATE_FORCES},
 * "the Collective Security Treaty Organization" is {@code INTERNATIONAL_ORGANISATION}, "gunmen" is
 * {@code UNIDENTIFIED_ARMED_GROUP}.
 */
public enum ActorKind {
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    MILITARY,
    GOVERNMENT,
    INTERNATIONAL_ORGANISATION,
    COUNTRY,
    CIVILIANS,
    REBEL_GROUP,
    UNIDENTIFIED_ARMED_GROUP,
    POLITICAL_PARTY,
    MEDIA,
    PERSON,
    OTHER
}
