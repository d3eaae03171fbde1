package org.eventbase.model;

/**
 * When an event happened, taken from a time expression of the times layer.
 * Example: "on Wednesday" in an article of 2022-01-06 gives {@code EventTime("Wednesday", "2022-01-05", DAY, span)};
 * an event with no time expression of its own is dated by the publication date with {@code text} null.
 *
 * @param text      the time expression as written, or null when the date is the article's publication date
 * @param value     TIMEX3-style value as in {@link TimeRef#value()}, or null when unknown
 * @param precision how fine {@code value} is, or null when unknown
 * @param span      where {@code text} is, or null
 */
public record EventTime(String text, String value, TimePrecision precision, Span span) {}
