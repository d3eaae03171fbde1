package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Event;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

/**
 * Scores the events layer of every bundled sample against the {@code later.events} expectations beside it. The
 * samples name event kinds in plain words (PROTEST, RIOT, BOMBING, ARREST, CEASEFIRE, …); each maps to the PLOVER
 * types that code it (RIOT → PROTEST, BOMBING → ASSAULT, ARREST → COERCE, CEASEFIRE → AGREE, …). Disasters and
 * displacement are not political events and are skipped. An expected event is met when an event of a matching
 * type is found; of those met, its date is right when some matching event's time has the expected value (an
 * interval compared by its start), and its place when some matching event's place and the expected place contain
 * one another (an expected place of null: when some matching event has no place, as the codebook wants for a
 * speech act or state measure whose own sentence names none). The three shares must stay at their floors; misses
 * are printed.
 */
class BundledSampleEventsTest {
    /**
     * 31 of 31 events met, 31 of 31 dates and 28 of 31 places right now (21 before the article's setting became the
     * town its lead names rather than any town named more often, and a place naming a site such as "a Kisumu court"
     * counted as where). Two expectations give a speech act or state measure no place (null), as the codebook and
     * the event gold set do when its own sentence names none. The three misses: a clash in a suburb the recogniser
     * does not tag, a state of emergency whose place is its declarer's province, and a border crossing named only
     * inside the target.
     */
    private static final double EVENTS_FLOOR = 0.90;
    private static final double DATES_FLOOR = 0.90;
    private static final double PLACES_FLOOR = 0.85;

    @Test
    void sampleEventsMatchTheirExpectations() {
        int total = 0;
        int met = 0;
        int dated = 0;
        int placed = 0;
        List<String> misses = new ArrayList<>();
        for (BundledSamples.Sample sample : BundledSamples.all()) {
            List<Event> found = sample.extract().layer(Layers.EVENTS).events();
            for (JsonNode want : sample.expected().path("later").path("events")) {
                Set<EventType> types = typesOf(want.get("type").asText());
                if (types.isEmpty()) {
                    continue;
                }
                total++;
                List<Event> candidates = found.stream().filter(e -> types.contains(e.type())).toList();
                String label = sample.name() + ": " + want.get("type").asText() + " " + want.path("actor").asText()
                        + " @" + want.path("place").asText() + " " + want.path("date").asText();
                if (candidates.isEmpty()) {
                    misses.add(label + ": no event of " + types);
                    continue;
                }
                met++;
                String date = want.hasNonNull("date") ? want.get("date").asText().split("/")[0] : null;
                if (date == null || candidates.stream().anyMatch(e -> e.time() != null && e.time().value() != null
                        && e.time().value().split("/")[0].equals(date))) {
                    dated++;
                } else {
                    misses.add(label + ": dates found " + candidates.stream()
                            .map(e -> e.trigger() + "→" + (e.time() == null ? null : e.time().value())).toList());
                }
                String place = want.path("place").asText("").toLowerCase(Locale.ROOT);
                if (candidates.stream().anyMatch(e -> samePlace(place, e))) {
                    placed++;
                } else {
                    misses.add(label + ": places found " + candidates.stream()
                            .map(e -> e.trigger() + "→" + (e.place() == null ? null : e.place().text())).toList());
                }
            }
        }
        double share = total == 0 ? 0 : (double) met / total;
        double dateShare = met == 0 ? 0 : (double) dated / met;
        double placeShare = met == 0 ? 0 : (double) placed / met;
        System.out.printf(Locale.ROOT, "Bundled samples: %d of %d events met (%.3f); of those, %d dates (%.3f) and "
                + "%d places (%.3f) right; misses:%n", met, total, share, dated, dateShare, placed, placeShare);
        misses.forEach(miss -> System.out.println("  " + miss));
        assertThat(total).isGreaterThan(0);
        assertThat(share).as("share of expected events met").isGreaterThanOrEqualTo(EVENTS_FLOOR);
        assertThat(dateShare).as("share of met events with the right date").isGreaterThanOrEqualTo(DATES_FLOOR);
        assertThat(placeShare).as("share of met events with the right place").isGreaterThanOrEqualTo(PLACES_FLOOR);
    }

    /** An expected place of "" (null) wants no place; any other wants a place containing it or contained in it. */
    private static boolean samePlace(String expected, Event e) {
        if (expected.isEmpty() || e.place() == null) {
            return expected.isEmpty() && e.place() == null;
        }
        String found = e.place().text().toLowerCase(Locale.ROOT);
        return expected.contains(found) || found.contains(expected);
    }

    private static Set<EventType> typesOf(String sampleType) {
        return switch (sampleType) {
            case "PROTEST", "STRIKE", "RIOT" -> Set.of(EventType.PROTEST);
            case "ATTACK", "BOMBING", "CLASH", "FIGHTING" -> Set.of(EventType.ASSAULT);
            case "ARREST", "RAID", "EMERGENCY_DECLARATION" -> Set.of(EventType.COERCE);
            case "CHARGE" -> Set.of(EventType.ACCUSE);
            case "CEASEFIRE" -> Set.of(EventType.AGREE);
            case "ELECTION_DISPUTE" -> Set.of(EventType.REJECT, EventType.ACCUSE);
            case "EXPULSION", "SANCTIONS", "BORDER_CLOSURE" -> Set.of(EventType.SANCTION, EventType.COERCE);
            default -> Set.of();
        };
    }
}
