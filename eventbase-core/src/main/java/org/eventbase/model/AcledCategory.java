package org.eventbase.model;

/**
 * An event's place in ACLED's taxonomy, using ACLED's own labels.
 * Example: a peaceful march is {@code AcledCategory("Protests", "Peaceful protest")}; a suicide bombing is
 * {@code AcledCategory("Explosions/Remote violence", "Suicide bomb")}.
 *
 * @param eventType    one of ACLED's six event types (Battles, Protests, Riots, Explosions/Remote violence,
 *                     Violence against civilians, Strategic developments)
 * @param subEventType one of ACLED's 25 sub-event types ("Peaceful protest", "Mob violence", "Arrests", …)
 */
public record AcledCategory(String eventType, String subEventType) {}
