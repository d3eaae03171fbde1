package org.eventbase.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.event.EventAssertions.event;
import static org.eventbase.event.EventAssertions.events;
import static org.eventbase.event.EventAssertions.extract;
import static org.eventbase.event.EventAssertions.sources;
import static org.eventbase.event.EventAssertions.targets;

import org.eventbase.model.ActorKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;

/** PLOVER types and modes, actors and ACLED categories coded from sentences written for these tests. */
class EventCodingTest {
    private static final String PUBLISHED = "2024-03-08";

    private static Document doc(String text) {
        return extract(text, PUBLISHED);
    }

    @Test
    void marchIsAPeacefulProtest() {
        Event e = event(doc("Thousands of nurses marched through Porto on Tuesday."), EventType.PROTEST, "marched");
        assertThat(e.mode()).isEqualTo("demo");
        assertThat(e.acled().eventType()).isEqualTo("Protests");
        assertThat(e.acled().subEventType()).isEqualTo("Peaceful protest");
        assertThat(e.sources().get(0).kind()).isEqualTo(ActorKind.OTHER);
    }

    @Test
    void stormingIsARiot() {
        Event e = event(doc("Protesters stormed the regional parliament in Oruro on Wednesday."), EventType.PROTEST,
                "stormed");
        assertThat(e.mode()).isEqualTo("riot");
        assertThat(e.acled().eventType()).isEqualTo("Riots");
        assertThat(sources(e)).containsExactly("Protesters");
        assertThat(e.sources().get(0).kind()).isEqualTo(ActorKind.PROTESTERS);
        assertThat(targets(e)).containsExactly("the regional parliament");
    }

    @Test
    void strikeIsAProtestModeStrike() {
        Event e = event(doc("Bus drivers in Accra went on strike on Monday."), EventType.PROTEST, "strike");
        assertThat(e.mode()).isEqualTo("strike");
    }

    @Test
    void arrestIsCoercionWithAcledArrests() {
        Event e = event(doc("Police arrested two students in Tbilisi on Monday."), EventType.COERCE, "arrested");
        assertThat(e.mode()).isEqualTo("arrest");
        assertThat(e.acled().subEventType()).isEqualTo("Arrests");
        assertThat(e.sources().get(0).kind()).isEqualTo(ActorKind.STATE_FORCES);
        assertThat(targets(e)).containsExactly("two students");
    }

    @Test
    void passiveArrestTakesItsSourceFromTheByPhrase() {
        Event e = event(doc("Two journalists were detained by soldiers in Bamako."), EventType.COERCE, "detained");
        assertThat(sources(e)).containsExactly("soldiers");
        assertThat(e.sources().get(0).kind()).isEqualTo(ActorKind.MILITARY);
        assertThat(targets(e)).containsExactly("Two journalists");
    }

    @Test
    void tearGasAtProtestersIsProtestWithIntervention() {
        Event e = event(doc("Riot police fired tear gas at dock workers in Valparaíso."), EventType.COERCE,
                "tear gas");
        assertThat(e.mode()).isEqualTo("crowd-control");
        assertThat(e.acled().eventType()).isEqualTo("Protests");
    }

    @Test
    void bombingIsRemoteViolence() {
        Event e = event(doc("A bomb blast hit a crowded market in Kano on Friday."), EventType.ASSAULT, "blast");
        assertThat(e.mode()).isEqualTo("bombing");
        assertThat(e.acled().eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(e.acled().subEventType()).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void gunmenAttackingVillagersIsViolenceAgainstCivilians() {
        Event e = event(doc("Gunmen attacked villagers near Jos overnight."), EventType.ASSAULT, "attacked");
        assertThat(e.sources().get(0).kind()).isEqualTo(ActorKind.UNIDENTIFIED_ARMED_GROUP);
        assertThat(e.acled().eventType()).isEqualTo("Violence against civilians");
        assertThat(e.acled().subEventType()).isEqualTo("Attack");
    }

    @Test
    void ceasefireSigningIsAnAgreement() {
        Event e = event(doc("The government and the rebels signed a ceasefire in Addis Ababa on Monday."),
                EventType.AGREE, "signed");
        assertThat(e.acled().subEventType()).isEqualTo("Agreement");
    }

    @Test
    void appealForHelpIsARequestWithItsAddressee() {
        Event e = event(doc("The president appealed to the regional bloc for help on Tuesday."), EventType.REQUEST,
                "appealed");
        assertThat(targets(e)).containsExactly("the regional bloc");
        assertThat(e.targets().get(0).kind()).isEqualTo(ActorKind.INTERNATIONAL_ORGANISATION);
        assertThat(e.acled()).isNull();
    }

    @Test
    void sendingTroopsIsMilitaryAid() {
        Event e = event(doc("The alliance agreed to send troops to Moldova."), EventType.AID, "send");
        assertThat(e.mode()).isEqualTo("military");
        assertThat(sources(e)).containsExactly("The alliance");
        event(doc("The alliance agreed to send troops to Moldova."), EventType.AGREE, "agreed");
    }

    @Test
    void talksAreConsultations() {
        event(doc("The foreign minister met her Chilean counterpart in Lima on Thursday."), EventType.CONSULT, "met");
    }

    @Test
    void accusationsRejectionsThreatsAndSanctionsAreCoded() {
        event(doc("The opposition accused the electoral commission of fraud."), EventType.ACCUSE, "accused");
        event(doc("The party rejected the official results on Sunday."), EventType.REJECT, "rejected");
        event(doc("The union threatened to close every port."), EventType.THREATEN, "threatened");
        event(doc("Peru expelled the Bolivian ambassador on Wednesday."), EventType.SANCTION, "expelled");
    }

    @Test
    void stateOfEmergencyAndInternetShutdownAreCoercion() {
        Document d = doc("The governor declared a state of emergency in Pernambuco. Authorities shut down the "
                + "mobile internet across the province.");
        assertThat(event(d, EventType.COERCE, "state of emergency").mode()).isEqualTo("emergency");
        assertThat(event(d, EventType.COERCE, "shut down").mode()).isEqualTo("censor");
    }

    @Test
    void deployingTroopsIsMobilisation() {
        event(doc("The army deployed troops to the border on Friday."), EventType.MOBILIZE, "deployed");
    }

    @Test
    void resignationIsARetreat() {
        event(doc("The prime minister resigned on Monday."), EventType.RETREAT, "resigned");
    }

    @Test
    void sentencesWithoutAnEventGiveNone() {
        assertThat(events(doc("The city is known for its colonial architecture. Its museum opens at nine."))).isEmpty();
    }

    @Test
    void nounsThatOnlyNameATopicAreNotEvents() {
        assertThat(events(doc("The protest movement has no leaders."))).isEmpty();
    }

    @Test
    void triggersCoordinatedInOneClauseAreOneEvent() {
        Document d = doc("Rioters looted and ransacked shops in Marseille on Monday.");
        assertThat(events(d).stream().filter(e -> e.type() == EventType.PROTEST)).hasSize(1);
    }

    @Test
    void restatedEventsAreMergedWithBothEvidenceSpans() {
        Document d = doc("Police arrested 12 students in Tbilisi on Monday.\n\nThe police arrested the students on "
                + "Monday outside the university.");
        assertThat(events(d).stream().filter(e -> e.type() == EventType.COERCE)).hasSize(1);
        assertThat(event(d, EventType.COERCE, "arrested").evidence()).hasSize(2);
    }
}
