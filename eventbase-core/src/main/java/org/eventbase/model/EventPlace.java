package org.eventbase.model;

/**
 * Where an event happened: the most specific place its sentence or context supports.
 * Example: "protesters stormed the airport in Lyon" gives {@code EventPlace("Lyon", "p2", "e5", span)}.
 *
 * @param text     the place as written
 * @param placeId  the id of the resolved {@link Place} in the places layer, or null when there is none
 * @param entityId the place's entity id, or null
 * @param span     where {@code text} is (in the event's sentence or the context it was taken from)
 */
public record EventPlace(String text, String placeId, String entityId, Span span) {}
