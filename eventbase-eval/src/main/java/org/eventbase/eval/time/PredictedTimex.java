package org.eventbase.eval.time;

/**
 * A time expression a system found, with its normalised value (TIMEX3 style: {@code 1998-01-08}, {@code P1W}).
 * Example: {@code new PredictedTimex(24, 28, "P1W")}.
 */
public record PredictedTimex(int start, int end, String value) {}
