package org.eventbase.eval.time;

/**
 * A gold time expression: its span in the document's plain text, its TIMEX3 type and normalised value.
 * Example: {@code new GoldTimex(24, 28, "DURATION", "P1W")} for "week".
 */
public record GoldTimex(int start, int end, String type, String value) {}
