package org.eventbase.store;

/**
 * One event as the {@code events} query lists it: flat, for a table or CSV row.
 * Example: {@code 5d0c9a1e2b7f4a10-ev1 PROTEST demo 2023-03-14 Valparaíso CL dockers → — "Hundreds of dockers marched …"}.
 *
 * @param dayFrom  first day the event may have happened (ISO), or null when unknown
 * @param dayTo    last such day
 * @param sources  the sources' texts joined by "; "
 * @param targets  the targets' texts joined by "; "
 * @param claimant who asserts it, or null in the article's own voice
 * @param evidence the evidence sentences' text joined by " "
 * @param killed   the fewest killed the event's counts give, or null when it has none
 * @param review   the reviewer's verdict ({@code accepted}, {@code corrected}, {@code rejected}), or null when the
 *                 event was not reviewed
 * @param corrected the names of the fields a reviewer corrected (joined by ", "; their values are already applied),
 *                 or null
 */
public record EventRow(String id, String articleId, String eventId, String type, String mode, String dayFrom,
        String dayTo, String place, String countryCode, Double lat, Double lon, String sources, String targets,
        String claimant, String trigger, double confidence, String evidence, String articleTitle, String url,
        Integer killed, String review, String corrected) {

    /** This row with a reviewer's corrections applied (names from {@link EventCorrection#FIELDS}). */
    public EventRow corrected(java.util.Map<String, String> fields) {
        if (fields.isEmpty()) {
            return this;
        }
        java.util.function.Function<String, String> v = name -> fields.containsKey(name)
                ? blankToNull(fields.get(name)) : null;
        return new EventRow(id, articleId, eventId, pick(fields, "type", type), pick(fields, "mode", mode),
                pick(fields, "day_from", dayFrom), pick(fields, "day_to", dayTo), pick(fields, "place", place),
                pick(fields, "country_code", countryCode),
                fields.containsKey("lat") ? number(v.apply("lat")) : lat,
                fields.containsKey("lon") ? number(v.apply("lon")) : lon,
                pick(fields, "sources", sources), pick(fields, "targets", targets),
                pick(fields, "claimant", claimant), trigger, confidence, evidence, articleTitle, url,
                fields.containsKey("killed") ? whole(v.apply("killed")) : killed, review,
                String.join(", ", new java.util.TreeSet<>(fields.keySet())));
    }

    private static String pick(java.util.Map<String, String> fields, String name, String machine) {
        return fields.containsKey(name) ? blankToNull(fields.get(name)) : machine;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    private static Integer whole(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
