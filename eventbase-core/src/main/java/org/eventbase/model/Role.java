package org.eventbase.model;

/**
 * A role or title an entity holds, as the article states it.
 * Example: "Norway's foreign minister Ana Berg" gives {@code new Role("foreign minister", "Norway", "e3", span)}.
 *
 * @param title      the role, lower-cased unless a proper name ("prime minister", "spokesperson", "MP")
 * @param of         the country, organisation or person the role belongs to, as written (may be null)
 * @param ofEntityId the entity id of {@code of} when it is an entity of the same article (may be null)
 * @param evidence   the span stating the role
 */
public record Role(String title, String of, String ofEntityId, Span evidence) {}
