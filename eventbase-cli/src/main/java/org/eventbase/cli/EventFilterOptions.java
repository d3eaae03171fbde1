package org.eventbase.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eventbase.model.EventType;
import org.eventbase.store.BoundingBox;
import org.eventbase.store.EventFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The event filters shared by {@code eventbase events} and {@code eventbase export}, and their check with one-line
 * usage errors. Example: {@code eventbase export --format geojson out.geojson --country CL --from 2023-03-01}.
 */
public final class EventFilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

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

    @Option(names = "--actor", description = "Words of a source's or target's name, "
            + "each required (stemmed, any order); \"quoted words\" as a phrase.")
    String actor;

    @Option(names = "--type", description = "PLOVER event type: ${COMPLETION-CANDIDATES}.")
    EventType type;

    @Option(names = "--text", description = "Words of an evidence sentence, each "
            + "required (stemmed, any order); \"quoted words\" as a phrase.")
    String text;

    @Option(names = "--review", paramLabel = "STATE",
            description = "Review state: unreviewed, reviewed, accepted, corrected or rejected.")
    String review;

    @Option(names = "--story", paramLabel = "ID", description = "Only the events of this story (or of the story of "
            + "this article); see 'eventbase stories'.")
    String story;

    /** The filter the options give (with {@link EventFilter#ALL}'s limit); a bad value is a usage error. */
    EventFilter filter() {
        EventFilter f = EventFilter.ALL.withDays(day("--from", from), day("--to", to)).withCountry(country)
                .withPlace(place).withActor(actor).withType(type).withText(text).withStory(story);
        if (review != null) {
            if (!EventFilter.REVIEW_VALUES.contains(review)) {
                throw new ParameterException(spec.commandLine(), "--review '" + review
                        + "' is not a review state; use one of " + String.join(", ", EventFilter.REVIEW_VALUES));
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
            throw new ParameterException(spec.commandLine(), option + " '" + value
                    + "' is not a day; write e.g. 2023-03-01");
        }
    }
}
