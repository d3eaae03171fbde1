package org.eventbase.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.event.EventAssertions.event;
import static org.eventbase.event.EventAssertions.events;
import static org.eventbase.event.EventAssertions.extract;
import static org.eventbase.event.EventAssertions.sources;

import java.util.List;
import org.eventbase.model.Event;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;

/**
 * Precision rules of event coding, on sentences written for these tests: restated events are merged, names are
 * not triggers, datelines are neither actors nor event dates, and places and dates come from the right words.
 */
class EventPrecisionTest {
    private static final String PUBLISHED = "2024-03-08";

    private static List<Event> ofType(Document doc, EventType type) {
        return events(doc).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aDefiniteNounRestatingAnEarlierEventJoinsIt() {
        Document doc = extract("Thousands of nurses marched through Porto on Tuesday against a pay freeze.\n\n"
                + "The march ended outside the town hall, where a delegation handed in a petition.", PUBLISHED);
        List<Event> protests = ofType(doc, EventType.PROTEST);
        assertThat(protests).hasSize(1);
        assertThat(protests.get(0).evidence()).hasSize(2);
    }

    @Test
    void sameTypeEventsInTwoCitiesStayApart() {
        Document doc = extract("Teachers marched through Cusco on Tuesday.\n\nNurses marched through Tacna on "
                + "Tuesday.", PUBLISHED);
        assertThat(ofType(doc, EventType.PROTEST)).hasSize(2);
    }

    @Test
    void aMonthNameIsNotAMarch() {
        Document doc = extract("Farmers blocked the main road into Lleida on 4 March, police said.", PUBLISHED);
        assertThat(events(doc)).noneMatch(e -> e.trigger().equals("March"));
    }

    @Test
    void theDatelineIsNeitherPartOfTheActorNorTheEventDate() {
        Document doc = extract("LIMA, March 8 (XPW) - Dockworkers marched through the port of Callao on "
                + "Tuesday to demand higher pay.", PUBLISHED);
        Event march = event(doc, EventType.PROTEST, "marched");
        assertThat(sources(march)).containsExactly("Dockworkers");
        assertThat(march.time().value()).isEqualTo("2024-03-05");
    }

    @Test
    void aDayNamedAsPossessorIsNotAnActor() {
        Document doc = extract("The mayor of Gulu praised Monday's rally as peaceful.", PUBLISHED);
        Event rally = event(doc, EventType.PROTEST, "rally");
        assertThat(rally.sources()).isEmpty();
    }

    @Test
    void backgroundHistoryDoesNotInheritTheArticlesSetting() {
        Document doc = extract("Police in Lleida detained 20 farmers on Monday.\n\n"
                + "The farmers' union last staged a general strike in 2011.", PUBLISHED);
        Event strike = event(doc, EventType.PROTEST, "strike");
        assertThat(strike.modality().historical()).isTrue();
        assertThat(strike.place()).isNull();
    }

    @Test
    void speechActsDoNotInheritTheArticlesSetting() {
        Document doc = extract("Hundreds of farmers marched through Lleida on Monday.\n\n"
                + "The agriculture minister accused the union of spreading false figures.", PUBLISHED);
        assertThat(event(doc, EventType.PROTEST, "marched").place().text()).isEqualTo("Lleida");
        assertThat(event(doc, EventType.ACCUSE, "accused").place()).isNull();
    }

    @Test
    void aPlaceThatIsTheActorOrModifiesANounIsNotWhereItHappened() {
        Document doc = extract("Canada imposed sanctions on three generals on Monday.", PUBLISHED);
        assertThat(event(doc, EventType.SANCTION, "sanctions").place()).isNull();
    }

    @Test
    void whatWitnessesSayOrAGroupClaimsIsReported() {
        Event arrest = event(extract("Witnesses said police arrested five students in Gulu on Friday.", PUBLISHED),
                EventType.COERCE, "arrested");
        assertThat(arrest.modality().reported()).isTrue();
        Event official = event(extract("The army said soldiers arrested five men in Gulu on Friday.", PUBLISHED),
                EventType.COERCE, "arrested");
        assertThat(official.modality().reported()).isFalse();
    }

    @Test
    void aNegativeSubjectNegatesTheEvent() {
        Event arrest = event(extract("Police said no one was detained in Gulu on Friday.", PUBLISHED),
                EventType.COERCE, "detained");
        assertThat(arrest.modality().negated()).isTrue();
    }

    @Test
    void strikingSomethingIsAnAssaultAndAnUnresolvedSiteNearItOutranksTheCountry() {
        Document doc = extract("Army drones struck rebel positions near Ouarzazil, close to the border with "
                + "Niger, on Monday.", PUBLISHED);
        Event strike = event(doc, EventType.ASSAULT, "struck");
        assertThat(strike.mode()).isEqualTo("aerial");
        assertThat(ofType(doc, EventType.PROTEST)).isEmpty();
        assertThat(strike.place().text()).isEqualTo("Ouarzazil");
    }

    @Test
    void aKillingNobodyIsSaidToHaveDoneIsTheTollOfItsSentencesRiot() {
        Document doc = extract("At least four people were killed when rioting swept through Kisumu on Monday.",
                PUBLISHED);
        assertThat(ofType(doc, EventType.ASSAULT)).isEmpty();
        assertThat(event(doc, EventType.PROTEST, "rioting").countIds()).isNotEmpty();
    }

    @Test
    void aDemandMadeByAProtestJoinsIt() {
        Document doc = extract("Hundreds of farmers blocked the main road into Lleida on Monday to demand lower "
                + "diesel prices.", PUBLISHED);
        assertThat(ofType(doc, EventType.REQUEST)).isEmpty();
        assertThat(ofType(doc, EventType.PROTEST)).hasSize(1);
    }

    @Test
    void aTimeInAClauseBelowTheTriggerDatesIt() {
        Event gas = event(extract("Police fired tear gas to disperse students in Gulu on Friday.", "2024-03-10"),
                EventType.COERCE, "tear gas");
        assertThat(gas.time().value()).isEqualTo("2024-03-08");
    }
}
