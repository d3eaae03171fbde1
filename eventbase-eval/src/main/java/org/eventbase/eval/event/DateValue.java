package org.eventbase.eval.event;

import java.util.Locale;
import org.eventbase.model.TimePrecision;

/**
 * When an event happened: a TIMEX3-style value and how fine it is. Example: {@code new DateValue("2025-03-04",
 * DAY)}; {@code new DateValue("2014-05", MONTH)}. An interval ({@code a/b}) is compared by its start.
 *
 * @param value     {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY-Www}, {@code YYYY}, or an interval {@code a/b}
 * @param precision how fine {@code value} is
 */
public record DateValue(String value, TimePrecision precision) {
    /**
     * True when {@code predicted} states this gold date: the predicted value is at least as fine as the gold one and
     * agrees with it at the gold precision ({@code 2025-03-04} matches gold {@code 2025-03} of precision MONTH, but
     * {@code 2025-03} does not match gold {@code 2025-03-04}).
     */
    public boolean matchedBy(DateValue predicted) {
        if (predicted == null || predicted.value() == null || value == null) {
            return false;
        }
        String gold = start(value);
        String guess = start(predicted.value());
        if (precision == TimePrecision.WEEK || gold.contains("W")) {
            return gold.equalsIgnoreCase(guess);
        }
        return guess.length() >= gold.length() && guess.startsWith(gold);
    }

    private static String start(String value) {
        return value.split("/")[0].trim().toUpperCase(Locale.ROOT);
    }
}
