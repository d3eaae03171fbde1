package org.eventbase.time;

import org.eventbase.model.TimePrecision;

/**
 * What a time expression resolves to: its value and precision, and whether the publication date was needed.
 * Example: "last week" on 2022-01-06 is {@code Resolution("2021-W52", WEEK, true)}; a relative expression without
 * a publication date has a null value.
 */
record Resolution(String value, TimePrecision precision, boolean relative) {}
