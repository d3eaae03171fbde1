package org.eventbase.time;

/** The shapes of time expression the finder knows, each resolved its own way. Example: "on Wednesday" is WEEKDAY. */
enum TimeExpressionKind {
    FULL_DATE,
    MONTH_DAY,
    MONTH_YEAR,
    MONTH,
    YEAR,
    DECADE,
    QUARTER,
    AGO,
    RELATIVE_UNIT,
    WEEKEND,
    DEICTIC_DAY,
    WEEKDAY
}
