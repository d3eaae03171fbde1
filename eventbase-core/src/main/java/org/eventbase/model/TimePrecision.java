package org.eventbase.model;

/**
 * How fine a resolved {@link TimeRef} is. Example: "on Wednesday" is {@code DAY}, "last week" is {@code WEEK},
 * "December 2011" is {@code MONTH}, "the 1990s" is {@code DECADE}.
 */
public enum TimePrecision {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DECADE
}
