package org.eventbase.eval.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one {@code eval events} run. Example: {@code report.fields().get("place").f1()}.
 *
 * @param split            which split was scored ({@code dev}, {@code test} or {@code all})
 * @param articles         how many gold articles were scored
 * @param goldEvents       gold events in them
 * @param predictedEvents  events the system coded in them
 * @param eventsLayer      false when the pipeline has no events stage (everything then scores zero)
 * @param unlocated        gold events whose evidence sentence is not in the cleaned text (the cleaner dropped or
 *                         changed it), which no prediction can match
 * @param detection        events matched by evidence alone, whatever their type
 * @param fields           per field, in {@link EventFields#NAMES} order
 */
public record EventReport(String split, int articles, int goldEvents, int predictedEvents, boolean eventsLayer,
        int unlocated, FieldScore detection, Map<String, FieldScore> fields) {
    public EventReport {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
