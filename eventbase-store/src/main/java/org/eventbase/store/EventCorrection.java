package org.eventbase.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventbase.model.EventType;

/**
 * The fields of an event a reviewer may correct, and the check of a correction's values. Example:
 * {@code EventCorrection.problems(Map.of("type", "RIOT"))} is {@code ["type: RIOT is not an event type; use one of
 * PROTEST, …"]}.
 */
public final class EventCorrection {
    /** The correctable fields, named as in the JSON of {@link EventRow} (snake_case). */
    public static final Set<String> FIELDS = Set.of("type", "mode", "day_from", "day_to", "place", "country_code",
            "lat", "lon", "sources", "targets", "claimant", "killed");

    private EventCorrection() {}

    /** Every problem with the corrected fields, each as "field: what is wrong; what to do"; empty when all fine. */
    public static List<String> problems(Map<String, String> corrected) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : corrected.entrySet()) {
            String field = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (!FIELDS.contains(field)) {
                problems.add(field + ": not a correctable field; use one of " + String.join(", ", FIELDS.stream()
                        .sorted().toList()));
            } else if (field.equals("type") && !isEventType(value)) {
                problems.add("type: " + value + " is not an event type; use one of "
                        + String.join(", ", java.util.Arrays.stream(EventType.values()).map(Enum::name).toList()));
            } else if ((field.equals("day_from") || field.equals("day_to")) && !value.isEmpty() && !isDay(value)) {
                problems.add(field + ": " + value + " is not a day; write e.g. 2023-03-14");
            } else if (field.equals("lat") && !inRange(value, 90)) {
                problems.add("lat: " + value + " is not a latitude between -90 and 90");
            } else if (field.equals("lon") && !inRange(value, 180)) {
                problems.add("lon: " + value + " is not a longitude between -180 and 180");
            } else if (field.equals("killed") && !value.isEmpty() && !value.matches("\\d{1,7}")) {
                problems.add("killed: " + value + " is not a whole number of people");
            } else if (field.equals("country_code") && !value.isEmpty() && !value.matches("[A-Za-z]{2}")) {
                problems.add("country_code: " + value + " is not a two-letter ISO country code such as KE");
            }
        }
        return problems;
    }

    private static boolean isEventType(String value) {
        try {
            EventType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDay(String value) {
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean inRange(String value, double bound) {
        try {
            double d = Double.parseDouble(value);
            return d >= -bound && d <= bound;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
