package org.eventbase.model;

/**
 * The PLOVER event types (Political Language Ontology for Verifiable Event Records). The event's mode narrows the
 * type (PROTEST mode {@code demo}, {@code riot}, {@code strike}; ASSAULT mode {@code bombing}, {@code firearms};
 * see docs/codebook.md). Example: "thousands marched on parliament" is {@code PROTEST} with mode {@code demo}.
 */
public enum EventType {
    AGREE,
    CONSULT,
    SUPPORT,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT
}
