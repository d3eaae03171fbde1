package org.eventbase.store.export;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.Place;
import org.eventbase.store.EventReview;
import org.eventbase.store.StoredEvent;

/**
 * The flat view of one exported event, with the reviewer's corrections applied: the columns of the Parquet file, the
 * properties of a GeoJSON feature and the top-level fields of a JSONL line (docs/exports.md lists each). Example:
 * {@code ReviewedEvent.of(stored, names)} for a march in Valparaíso gives {@code event_type PROTEST, location
 * "Valparaíso", country_code "CL", admin1 "Valparaíso", lat -33.04, lon -71.63, place_precision CITY, …}.
 *
 * <p>A corrected {@code type} or {@code mode} clears the ACLED category (it was derived from the machine's type and
 * mode); a corrected {@code place} clears the gazetteer detail (geoname id, admin-1, precision) unless only the
 * coordinates or country changed; a corrected side ({@code sources}, {@code targets}) clears its actor kinds; a
 * corrected {@code claimant} clears {@code reported_by}.
 */
public record ReviewedEvent(String id, String articleId, String eventId, String eventType, String mode,
        String acledEventType, String acledSubEventType, String trigger, String dayFrom, String dayTo, String timeText,
        String timeValue, String timePrecision, String place, String location, String countryCode, String country,
        String admin1Code, String admin1, Double lat, Double lon, String placePrecision, Long geonameId,
        String sources, String sourceKinds, String targets, String targetKinds, String claimant, String reportedBy,
        Integer killed, Integer injured, Integer arrested, Integer participants, boolean hypothetical,
        boolean negated, boolean historical, boolean reported, double confidence, String evidence,
        String articleTitle, String url, String publisher, String published, String pipelineVersion, String review,
        String correctedFields, String reviewer, String reviewedAt) {

    /** The flat view of a stored event, corrections applied; {@code names} gives country and admin-1 names. */
    public static ReviewedEvent of(StoredEvent stored, RegionNames names) {
        Event e = stored.event();
        Place p = stored.place();
        EventReview review = stored.review();
        Map<String, String> fix = review == null ? Map.of() : review.corrected();
        boolean recoded = fix.containsKey("type") || fix.containsKey("mode");
        boolean moved = fix.containsKey("place");
        boolean relocated = moved || fix.containsKey("country_code") || fix.containsKey("lat") || fix.containsKey("lon");

        String placeText = e.place() == null ? null : e.place().text();
        String location = p == null ? placeText : p.name();
        String countryCode = pick(fix, "country_code", p == null ? null : p.countryCode());
        String admin1Code = moved || fix.containsKey("country_code") || p == null ? null : p.admin1Code();
        String claimant = e.claimant() == null ? null : e.claimant().name();
        String reportedBy = e.claimant() == null ? null : e.claimant().reportedBy();
        return new ReviewedEvent(stored.key().toString(), stored.key().articleId(), stored.key().eventId(),
                pick(fix, "type", e.type().name()), pick(fix, "mode", e.mode()),
                recoded || e.acled() == null ? null : e.acled().eventType(),
                recoded || e.acled() == null ? null : e.acled().subEventType(),
                e.trigger(), pick(fix, "day_from", stored.dayFrom()), pick(fix, "day_to", stored.dayTo()),
                e.time() == null ? null : e.time().text(), e.time() == null ? null : e.time().value(),
                e.time() == null || e.time().precision() == null ? null : e.time().precision().name(),
                pick(fix, "place", placeText), pick(fix, "place", location), upper(countryCode),
                names.country(countryCode), admin1Code, names.admin1(countryCode, admin1Code),
                fix.containsKey("lat") ? number(fix.get("lat")) : p == null ? null : p.lat(),
                fix.containsKey("lon") ? number(fix.get("lon")) : p == null ? null : p.lon(),
                moved || p == null || p.precision() == null ? null : p.precision().name(),
                relocated || p == null ? null : p.geonameId(),
                pick(fix, "sources", names(e.sources())), fix.containsKey("sources") ? null : kinds(e.sources()),
                pick(fix, "targets", names(e.targets())), fix.containsKey("targets") ? null : kinds(e.targets()),
                pick(fix, "claimant", claimant), fix.containsKey("claimant") ? null : reportedBy,
                fix.containsKey("killed") ? whole(fix.get("killed")) : sum(stored.counts(), CountKind.KILLED),
                sum(stored.counts(), CountKind.INJURED), sum(stored.counts(), CountKind.ARRESTED),
                largest(stored.counts(), CountKind.PARTICIPANTS),
                e.modality().hypothetical(), e.modality().negated(), e.modality().historical(),
                e.modality().reported(), e.confidence(),
                stored.evidence().stream().map(StoredEvent.Evidence::sentence).distinct()
                        .collect(Collectors.joining(" ")),
                stored.article().title(), stored.article().url(), stored.article().publisher(),
                stored.article().published(), stored.pipelineVersion(),
                review == null ? "unreviewed" : review.status().label(),
                fix.isEmpty() ? null : String.join(", ", new TreeSet<>(fix.keySet())),
                review == null ? null : review.reviewer(), review == null ? null : review.reviewedAt());
    }

    /** True when the event has coordinates to map. */
    public boolean located() {
        return lat != null && lon != null;
    }

    private static String pick(Map<String, String> fix, String field, String machine) {
        if (!fix.containsKey(field)) {
            return machine;
        }
        String v = fix.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
    }

    private static Integer whole(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private static String names(List<EventActor> actors) {
        return actors.isEmpty() ? null : actors.stream().map(EventActor::text).collect(Collectors.joining("; "));
    }

    private static String kinds(List<EventActor> actors) {
        return actors.isEmpty() ? null : actors.stream().map(a -> a.kind().name()).collect(Collectors.joining("; "));
    }

    private static Integer sum(List<Count> counts, CountKind kind) {
        List<Count> of = counts.stream().filter(kindIs(kind)).toList();
        return of.isEmpty() ? null : of.stream().mapToInt(Count::min).sum();
    }

    private static Integer largest(List<Count> counts, CountKind kind) {
        return counts.stream().filter(kindIs(kind)).map(Count::min).max(Integer::compare).orElse(null);
    }

    private static Predicate<Count> kindIs(CountKind kind) {
        return c -> c.kind() == kind;
    }
}
