package org.eventbase.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.event.EventAssertions.count;
import static org.eventbase.event.EventAssertions.event;
import static org.eventbase.event.EventAssertions.events;
import static org.eventbase.event.EventAssertions.extract;
import static org.eventbase.event.EventAssertions.sources;
import static org.eventbase.event.EventAssertions.targets;

import org.eventbase.model.ActorKind;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;

/**
 * Where and when events happen when their sentence does not say, and the victims and objects of attacks, on
 * articles written for these tests: the article's setting is the town its lead names, not a town named more often
 * in quotes and background; a place naming a site says where; plans and non-events keep no inherited place;
 * undated events happen on the lead's day; counted victims and burnt objects are targets.
 */
class EventSettingTest {
    private static final String PUBLISHED = "2024-03-08";

    @Test
    void anUnplacedArrestTakesTheLeadsTownNotOneNamedMoreOftenElsewhere() {
        Document doc = extract("Dockers blocked the main gates of the port of Antofagasta on Monday over pension "
                + "cuts.\n\n"
                + "The labour minister told reporters in Santiago that the government would not give in.\n\n"
                + "The dispute recalls the 2019 unrest, when a fare rise in Santiago set off weeks of protests.\n\n"
                + "Police said 30 people were detained on Monday evening after tyres were burned near the pier.",
                PUBLISHED);
        assertThat(event(doc, EventType.COERCE, "detained").place().text()).isEqualTo("Antofagasta");
    }

    @Test
    void aPlaceNamingASiteSaysWhereTheEventHappened() {
        Document doc = extract("Two men were charged with murder at a Mombasa court on Friday.", PUBLISHED);
        assertThat(event(doc, EventType.ACCUSE, "charged").place().text()).isEqualTo("Mombasa");
    }

    @Test
    void aPlaceThatOnlyLocatesAnotherIsNotWhereTheEventHappened() {
        Document doc = extract("Police detained four men in Sofala province, about 30 km north of Beira, on Friday.",
                PUBLISHED);
        assertThat(event(doc, EventType.COERCE, "detained").place().text()).startsWith("Sofala");
    }

    @Test
    void plansAndNonEventsDoNotInheritTheArticlesSetting() {
        Document doc = extract("Nurses marched through Braga on Tuesday against a pay freeze.\n\n"
                + "The union threatened to strike for 48 hours next week.\n\n"
                + "Police said no one was arrested.", PUBLISHED);
        assertThat(event(doc, EventType.PROTEST, "marched").place().text()).isEqualTo("Braga");
        Event strike = event(doc, EventType.PROTEST, "strike");
        assertThat(strike.modality().hypothetical()).isTrue();
        assertThat(strike.place()).isNull();
        Event arrest = event(doc, EventType.COERCE, "arrested");
        assertThat(arrest.modality().negated()).isTrue();
        assertThat(arrest.place()).isNull();
    }

    @Test
    void anUndatedEventHappensOnTheDayTheLeadNames() {
        Document doc = extract("Riot police fired tear gas at students in Tbilisi on Thursday.\n\n"
                + "The interior ministry said 12 people were arrested.", PUBLISHED);
        Event arrest = event(doc, EventType.COERCE, "arrested");
        assertThat(arrest.time().value()).isEqualTo("2024-03-07");
        assertThat(arrest.time().text()).isNull();
    }

    @Test
    void victimsCountedInANounPhraseAreTheAttacksTargetAndTheCountsVictims() {
        Document doc = extract("KANO, Nigeria, March 8 (XNA) - Eight police officers were killed on Thursday "
                + "when gunmen attacked a checkpoint outside Kano, the state police command said.\n\n"
                + "Five soldiers were killed in Zaria on Wednesday, the governor said.", PUBLISHED);
        Event attack = event(doc, EventType.ASSAULT, "attacked");
        assertThat(sources(attack)).containsExactly("gunmen");
        assertThat(targets(attack)).contains("Eight police officers").doesNotContain("KANO");
        Count eight = count(doc, CountKind.KILLED, 8);
        assertThat(eight.victims()).isEqualTo("police officers");
        assertThat(attack.countIds()).contains(eight.id());
        Event killing = event(doc, EventType.ASSAULT, "killed");
        assertThat(targets(killing)).containsExactly("Five soldiers");
        assertThat(killing.targets().get(0).kind()).isEqualTo(ActorKind.MILITARY);
        assertThat(killing.countIds()).contains(count(doc, CountKind.KILLED, 5).id());
    }

    @Test
    void aBareNumberInAnElidedConjunctTakesTheVictimsOfTheFirstConjunct() {
        Document doc = extract("Local media cited the provincial government as saying 40 police officers had been "
                + "injured and three killed in Mardan on Thursday.", PUBLISHED);
        Event killing = event(doc, EventType.ASSAULT, "killed");
        assertThat(targets(killing)).anySatisfy(t -> assertThat(t).contains("police officers"))
                .noneSatisfy(t -> assertThat(t).isEqualTo("three"));
    }

    @Test
    void whatIsSetOnFireIsTheTargetOfTheArson() {
        Document doc = extract("Rioters set cars and shops on fire in central Kano on Sunday night.\n\n"
                + "In Zaria, youths set fire to the town hall.", PUBLISHED);
        Event cars = event(doc, EventType.ASSAULT, "set");
        assertThat(sources(cars)).containsExactly("Rioters");
        assertThat(targets(cars)).containsExactly("cars and shops");
        assertThat(events(doc)).anySatisfy(e -> {
            assertThat(e.mode()).isEqualTo("arson");
            assertThat(targets(e)).containsExactly("the town hall");
        });
    }

    @Test
    void backgroundHistoryTakesThePlaceOfItsOwnSentence() {
        Document doc = extract("Rioters burned shops in Kano on Wednesday after a disputed vote.\n\n"
                + "The region last saw such violence in 2012, when a bombing at a bus station in Kaduna killed 30 "
                + "people.", PUBLISHED);
        Event bombing = event(doc, EventType.ASSAULT, "bombing");
        assertThat(bombing.modality().historical()).isTrue();
        assertThat(bombing.place().text()).isEqualTo("Kaduna");
    }

    @Test
    void aTruceSignedInACityTellsWhereTheAgreementWasMade() {
        Document doc = extract("The government and the rebels signed a ceasefire on Monday.\n\n"
                + "The truce was signed in Nairobi after two weeks of talks.", PUBLISHED);
        Event signed = event(doc, EventType.AGREE, "signed");
        assertThat(signed.evidence()).hasSize(2);
        assertThat(signed.place().text()).isEqualTo("Nairobi");
        assertThat(signed.time().value()).isEqualTo("2024-03-04");
    }
}
