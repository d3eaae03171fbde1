package org.eventbase.model;

/**
 * One time expression in the clean text and the calendar time it names, resolved against the publication date
 * where it is relative. Values follow TIMEX3: a day {@code 2022-01-05}, an ISO week {@code 2022-W01}, a month
 * {@code 2022-01}, a quarter {@code 2021-Q3}, a year {@code 2019}, a decade {@code 199} (the 1990s), or an interval
 * of days {@code 2022-01-01/2022-01-02}.
 * Example: published 2022-01-06, "on Wednesday" gives
 * {@code TimeRef("Wednesday", Span(31, 40), "2022-01-05", DAY, "2022-01-06", true, null)}.
 *
 * @param value    the resolved value, or null when {@code resolved} is false
 * @param anchor   the publication date (ISO date) a relative expression was resolved against; null for absolute
 *                 expressions such as "December 2011", and when there was no publication date
 * @param reason   why the expression is not resolved, e.g. "no publication date to resolve against"; null when resolved
 */
public record TimeRef(
        String text,
        Span span,
        String value,
        TimePrecision precision,
        String anchor,
        boolean resolved,
        String reason) {}
