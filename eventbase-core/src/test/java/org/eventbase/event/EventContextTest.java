package org.eventbase.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.event.EventAssertions.event;
import static org.eventbase.event.EventAssertions.events;
import static org.eventbase.event.EventAssertions.extract;

import org.eventbase.model.CountKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventType;
import org.eventbase.model.Place;
import org.eventbase.model.TimePrecision;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

/** Modality, claimant, place, time, counts and robustness of coded events. */
class EventContextTest {
    private static final String PUBLISHED = "2024-03-08";

    @Test
    void conditionalThreatsAreHypothetical() {
        Event e = event(extract("“If the bill passes, we will march on parliament,” the union leader said.",
                PUBLISHED), EventType.PROTEST, "march");
        assertThat(e.modality().hypothetical()).isTrue();
    }

    @Test
    void negatedEventsAreFlagged() {
        Event e = event(extract("Police did not arrest anyone at the rally.", PUBLISHED), EventType.COERCE,
                "arrest");
        assertThat(e.modality().negated()).isTrue();
    }

    @Test
    void hedgedEventsAreReported() {
        Event e = event(extract("Gunmen reportedly attacked a convoy near Gao on Monday.", PUBLISHED),
                EventType.ASSAULT, "attacked");
        assertThat(e.modality().reported()).isTrue();
        assertThat(e.modality().hypothetical()).isFalse();
    }

    @Test
    void backgroundEventsAreHistoricalWithTheirOwnYear() {
        Event e = event(extract("The town was where police fired on strikers in 2011.", PUBLISHED),
                EventType.ASSAULT, "fired");
        assertThat(e.modality().historical()).isTrue();
        assertThat(e.time().value()).isEqualTo("2011");
    }

    @Test
    void aYearInAnotherClauseDoesNotMakeAnEventHistorical() {
        Event e = event(extract("On Monday the minister spoke to the governor, who crushed a revolt in 2015.",
                PUBLISHED), EventType.CONSULT, "spoke");
        assertThat(e.modality().historical()).isFalse();
        assertThat(e.time().value()).isEqualTo("2024-03-04");
    }

    @Test
    void weekdayDatesTheEventAndPlaceComesFromTheSentence() {
        Event e = event(extract("Crowds stormed the airport in Almería on Wednesday.", PUBLISHED), EventType.PROTEST,
                "stormed");
        assertThat(e.time().value()).isEqualTo("2024-03-06");
        assertThat(e.time().precision()).isEqualTo(TimePrecision.DAY);
        assertThat(e.place().text()).isEqualTo("Almería");
        assertThat(e.place().placeId()).isNotNull();
    }

    @Test
    void placesTheGazetteerCannotResolveStillLocateTheEvent() {
        Document doc = extract("Crowds stormed the town hall in Vrellokash on Wednesday. Vrellokash is quiet now.",
                PUBLISHED);
        Event e = event(doc, EventType.PROTEST, "stormed");
        assertThat(e.place().text()).isEqualTo("Vrellokash");
        Place place = doc.layer(Layers.PLACES).places().stream()
                .filter(p -> p.id().equals(e.place().placeId())).findFirst().orElseThrow();
        assertThat(place.resolved()).isFalse();
        assertThat(place.reason()).isNotNull();
    }

    @Test
    void undatedEventsTakeThePublicationDateWithoutText() {
        Event e = event(extract("Police arrested three men in Oruro.", PUBLISHED), EventType.COERCE, "arrested");
        assertThat(e.time().text()).isNull();
        assertThat(e.time().value()).isEqualTo(PUBLISHED);
    }

    @Test
    void continuationSentencesTakeThePreviousSentencesDate() {
        Event e = event(extract("Farmers blocked roads near Lille on Tuesday. They also stormed a tax office.",
                PUBLISHED), EventType.PROTEST, "stormed");
        assertThat(e.time().value()).isEqualTo("2024-03-05");
    }

    @Test
    void eventsCarryTheCountsOfTheirClauseAndTheClaimant() {
        Document d = extract("Police said gunmen attacked a bus station in Kano, killing at least 9 people.",
                PUBLISHED);
        Event e = event(d, EventType.ASSAULT, "attacked");
        String killed = EventAssertions.count(d, CountKind.KILLED, 9).id();
        assertThat(e.countIds()).contains(killed);
        assertThat(e.claimant().name()).isEqualTo("Police");
        assertThat(e.evidence()).hasSize(1);
        assertThat(e.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void emptyOddAndLongTextsAreHandled() {
        assertThat(events(extract("", PUBLISHED))).isEmpty();
        assertThat(events(extract("!!! ??? 123 ---", null))).isEmpty();
        String list = "protest, strike, riot, attack, ".repeat(60);
        assertThat(events(extract(list, PUBLISHED))).isNotNull();
        Document undated = extract("Police arrested three men in Oruro.", null);
        assertThat(event(undated, EventType.COERCE, "arrested").time()).isNull();
    }
}
