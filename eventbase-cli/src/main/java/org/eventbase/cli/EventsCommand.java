package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.bench.TextTable;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.EventType;
import org.eventbase.store.BoundingBox;
import org.eventbase.store.EventFilter;
import org.eventbase.store.EventRow;
import org.eventbase.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase events}: lists stored events, filtered, as a table, JSON or CSV. Example:
 * {@code eventbase events --type PROTEST --country CL --from 2023-03-01 --format csv > protests.csv}.
 */
@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = "List stored events, newest first, filtered by date, place, actor, type or text.")
public final class EventsCommand implements Callable<Integer> {
    /** How the events come out. */
    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (2023-03-01).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day.")
    String to;

    @Option(names = "--country", paramLabel = "CC", description = "ISO country code of the event's place (CL).")
    String country;

    @Option(names = "--bbox", paramLabel = "W,S,E,N",
            description = "Events whose place lies in minLon,minLat,maxLon,maxLat.")
    String bbox;

    @Option(names = "--place", description = "Part of the place's name.")
    String place;

    @Option(names = "--actor", description = "Part of a source's or target's name.")
    String actor;

    @Option(names = "--type", description = "PLOVER event type: ${COMPLETION-CANDIDATES}.")
    EventType type;

    @Option(names = "--text", description = "Part of an evidence sentence.")
    String text;

    @Option(names = "--review", paramLabel = "STATE",
            description = "Review state: unreviewed, reviewed, accepted, corrected or rejected.")
    String review;

    @Option(names = "--story", paramLabel = "ID", description = "Only the events of this story (or of the story of "
            + "this article); see 'eventbase stories'.")
    String story;

    @Option(names = "--limit", defaultValue = "100", description = "Most events listed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        EventFilter filter = filter();
        List<EventRow> rows;
        try (Store opened = store.openExisting()) {
            rows = opened.events(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            case csv -> out.print(csv(rows));
            case table -> out.print(table(rows));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private EventFilter filter() {
        EventFilter f = EventFilter.ALL.withDays(day("--from", from), day("--to", to)).withCountry(country)
                .withPlace(place).withActor(actor).withType(type).withText(text).withLimit(limit).withStory(story);
        if (review != null) {
            if (!EventFilter.REVIEW_VALUES.contains(review)) {
                throw new ParameterException(spec.commandLine(), "--review '" + review + "' is not a review state; use one of "
                        + String.join(", ", EventFilter.REVIEW_VALUES));
            }
            f = f.withReview(review);
        }
        if (bbox != null) {
            try {
                f = f.withBbox(BoundingBox.parse(bbox));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--bbox: " + e.getMessage());
            }
        }
        return f;
    }

    private String day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " '" + value + "' is not a day; write e.g. 2023-03-01");
        }
    }

    static String csv(List<EventRow> rows) throws JsonProcessingException {
        CsvMapper mapper = CsvMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
        CsvSchema schema = mapper.schemaFor(EventRow.class).withHeader();
        return mapper.writer(schema).writeValueAsString(rows);
    }

    private static String table(List<EventRow> rows) {
        if (rows.isEmpty()) {
            return "No events match.\n";
        }
        TextTable t = new TextTable("id", "day", "type", "mode", "place", "cc", "sources", "targets", "review",
                "evidence");
        for (EventRow r : rows) {
            String day = r.dayFrom() == null ? "-" : r.dayFrom().equals(r.dayTo()) ? r.dayFrom()
                    : r.dayFrom() + ".." + r.dayTo();
            t.row(r.id(), day, r.type(), dash(r.mode()), clip(r.place(), 20), dash(r.countryCode()),
                    clip(r.sources(), 24), clip(r.targets(), 24), dash(r.review()), clip(r.evidence(), 60));
        }
        return t.render();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    static String clip(String s, int width) {
        if (s == null || s.isBlank()) {
            return "-";
        }
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
