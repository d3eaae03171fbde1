package org.eventbase.store.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.EventActor;
import org.eventbase.store.StoredEvent;

/**
 * Writes events as CSV with ACLED's columns and conventions (docs/exports.md): one row per event that has an ACLED
 * category, is neither hypothetical nor negated, and has a date; the others are left out and counted. Quoting by
 * Jackson CSV. Example row: {@code 5d0c…-ev1,2023-03-14,2023,1,Demonstrations,Protests,Peaceful protest,
 * Protesters (Chile),,6,,,0,60,,,,Chile,Valparaíso,,,Valparaíso,-33.03932,-71.62725,1,Harbour Daily,,"Hundreds of
 * dock workers marched …",0,crowd size=Hundreds,1678838400}.
 */
public final class AcledCsvWriter implements EventWriter {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private final SequenceWriter rows;
    private final Map<String, Long> leftOut = new TreeMap<>();
    private long written;

    public AcledCsvWriter(Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        COLUMNS.forEach(schema::addColumn);
        this.rows = new CsvMapper().writer(schema.build()).writeValues(out);
        rows.write(COLUMNS); // the header, written even when no row follows
    }

    @Override
    public void write(StoredEvent stored, ReviewedEvent flat) throws IOException {
        String why = whyLeftOut(flat);
        if (why != null) {
            leftOut.merge(why, 1L, Long::sum);
            return;
        }
        rows.write(row(stored, flat));
        written++;
    }

    private static String whyLeftOut(ReviewedEvent flat) {
        if (flat.acledEventType() == null) {
            return "no ACLED category";
        }
        if (flat.hypothetical() || flat.negated()) {
            return "hypothetical or negated";
        }
        if (flat.dayFrom() == null || flat.dayTo() == null) {
            return "no date";
        }
        return null;
    }

    /** The row's values, in {@link #COLUMNS} order. */
    static List<Object> row(StoredEvent stored, ReviewedEvent flat) {
        List<Party> parties = parties(stored, flat);
        Party one = parties.get(0);
        Party two = parties.get(1);
        boolean publicationDay = stored.event().time() == null || stored.event().time().text() == null;
        boolean dayCorrected = flat.correctedFields() != null && flat.correctedFields().contains("day_");
        var date = AcledCoding.eventDate(flat.dayFrom(), flat.dayTo());
        return Arrays.asList(flat.id(), date.toString(), date.getYear(),
                AcledCoding.timePrecision(flat.dayFrom(), flat.dayTo(), publicationDay && !dayCorrected),
                AcledCoding.disorderType(flat.acledEventType(), flat.acledSubEventType()), flat.acledEventType(),
                flat.acledSubEventType(), one.name, one.associated, one.inter, two.name, two.associated,
                two.inter == null ? 0 : two.inter, AcledCoding.interaction(one.inter, two.inter),
                AcledCoding.civilianTargeting(flat.acledEventType(), stored.event().targets()) ? "Civilian targeting"
                        : "",
                "", "", flat.country(), flat.admin1(), "", "", flat.location(), flat.lat(), flat.lon(),
                AcledCoding.geoPrecision(flat.placePrecision(), flat.located()), source(flat), "", flat.evidence(),
                flat.killed() == null ? 0 : flat.killed(), tags(stored), timestamp(stored, flat));
    }

    /** ACLED's actor 1 and actor 2: sources then targets; targets alone become actor 1 (ACLED's are undirected). */
    private static List<Party> parties(StoredEvent stored, ReviewedEvent flat) {
        List<Party> parties = new ArrayList<>();
        Party sources = party(stored.event().sources(), flat.sources(), flat.sourceKinds() == null, flat.country());
        Party targets = party(stored.event().targets(), flat.targets(), flat.targetKinds() == null, flat.country());
        if (sources.name.isEmpty()) {
            parties.add(targets);
            parties.add(Party.NONE);
        } else {
            parties.add(sources);
            parties.add(targets);
        }
        return parties;
    }

    private record Party(String name, String associated, Integer inter) {
        static final Party NONE = new Party("", "", null);
    }

    private static Party party(List<EventActor> actors, String names, boolean corrected, String country) {
        if (corrected) {
            // A reviewer's names carry no actor kinds: no inter code, names as the reviewer wrote them.
            if (names == null) {
                return Party.NONE;
            }
            List<String> split = Arrays.stream(names.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return split.isEmpty() ? Party.NONE
                    : new Party(split.get(0), String.join("; ", split.subList(1, split.size())), null);
        }
        if (actors.isEmpty()) {
            return Party.NONE;
        }
        return new Party(AcledCoding.actorName(actors.get(0), country), actors.subList(1, actors.size()).stream()
                .map(a -> AcledCoding.actorName(a, country)).collect(Collectors.joining("; ")),
                AcledCoding.inter(actors.get(0).kind()));
    }

    private static String source(ReviewedEvent flat) {
        if (flat.publisher() != null && !flat.publisher().isBlank()) {
            return flat.publisher();
        }
        if (flat.url() != null) {
            try {
                String host = URI.create(flat.url()).getHost();
                return host == null ? "" : host;
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return "";
    }

    /** ACLED-style tags: the crowd size as written, when the event has a participants count. */
    private static String tags(StoredEvent stored) {
        return stored.counts().stream().filter(c -> c.kind() == CountKind.PARTICIPANTS)
                .max(java.util.Comparator.comparingInt(Count::min)).map(c -> "crowd size=" + c.text()).orElse("");
    }

    /** When the row last changed, in Unix seconds: the review's time, else the ingest time. */
    private static Object timestamp(StoredEvent stored, ReviewedEvent flat) {
        String at = flat.reviewedAt() != null ? flat.reviewedAt() : stored.ingestedAt();
        try {
            return at == null ? "" : Instant.parse(at).getEpochSecond();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    @Override
    public ExportSummary finish() throws IOException {
        rows.flush();
        long out = leftOut.values().stream().mapToLong(Long::longValue).sum();
        String why = leftOut.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return new ExportSummary(written, out, out == 0 ? null : why);
    }
}
