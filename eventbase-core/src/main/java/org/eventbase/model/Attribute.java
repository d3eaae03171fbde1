package org.eventbase.model;

/**
 * A fact about an entity other than a role, with its evidence.
 * Example: "64-year-old Ole Strand" gives {@code new Attribute("age", "81", span)};
 * "an activist from the civil society movement X" gives {@code new Attribute("affiliation", "X", span)}.
 *
 * @param name one of {@code age}, {@code affiliation}, {@code based_in}, {@code nationality}
 */
public record Attribute(String name, String value, Span evidence) {}
