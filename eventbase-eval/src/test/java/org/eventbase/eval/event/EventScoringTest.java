package org.eventbase.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.CountKind;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventType;
import org.eventbase.model.Span;
import org.eventbase.model.TimePrecision;
import org.junit.jupiter.api.Test;

class EventScoringTest {
    private static final String TEXT = "Police fired tear gas at dockers in Valparaíso on Tuesday, the port authority "
            + "said. At least 16 people were hurt. Talks will resume if the strike ends.";
    private static final String FIRST = "Police fired tear gas at dockers in Valparaíso on Tuesday, the port authority "
            + "said.";
    private static final Span FIRST_SPAN = new Span(0, FIRST.length());
    private static final Span LAST_SPAN = new Span(TEXT.indexOf("Talks"), TEXT.length());

    private static GoldEvent goldCoerce() {
        return new GoldEvent("e1", "k1", EventType.COERCE, "crowd-control",
                new AcledCategory("Protests", "Protest with intervention"),
                List.of(new ActorValue("Police", ActorKind.STATE_FORCES)),
                List.of(new ActorValue("dockers", ActorKind.PROTESTERS)),
                new PlaceValue("Valparaíso", "CL", -33.05, -71.62), new DateValue("2025-03-04", TimePrecision.DAY),
                List.of(new CountValue(CountKind.INJURED, 16, null, "At least 16", "the port authority")),
                EventModality.ASSERTED, "the port authority", FIRST);
    }

    private static GoldEvent goldHypotheticalTalks() {
        return new GoldEvent("e2", "k2", EventType.CONSULT, null, null, List.of(), List.of(), null, null, List.of(),
                new EventModality(true, false, false, false), null, "Talks will resume if the strike ends.");
    }

    private static PredictedEvent perfectCoerce() {
        GoldEvent g = goldCoerce();
        return new PredictedEvent(g.type(), g.mode(), g.acled(), g.sources(), g.targets(),
                new PlaceValue("Valparaíso", "CL", null, null), g.date(), g.counts(), g.modality(), List.of(FIRST_SPAN));
    }

    private static EventReport score(List<GoldEvent> gold, List<PredictedEvent> predicted) {
        GoldEventArticle article = new GoldEventArticle("a1", "dev", "s1", null, "T", null, "2025-03-05", null, TEXT,
                gold);
        return EventEvaluation.score("dev", List.of(article), List.of(new ArticlePrediction(TEXT, predicted, true)));
    }

    @Test
    void aPerfectPredictionScoresOneOnEveryFieldItFills() {
        EventReport report = score(List.of(goldCoerce()), List.of(perfectCoerce()));

        for (String field : List.of("event type", "mode", "acled sub-event type", "source actor", "target actor",
                "source actor kind", "target actor kind", "place", "place country", "date", "counts", "counts with claimant")) {
            assertThat(report.fields().get(field).f1()).as(field).isEqualTo(1.0);
        }
        assertThat(report.fields().get("negated")).isEqualTo(FieldScore.EMPTY);
        assertThat(report.detection()).isEqualTo(new FieldScore(1, 0, 0));
    }

    @Test
    void aWrongTypeIsAMissAndASpuriousEventButStillADetection() {
        PredictedEvent p = perfectCoerce();
        PredictedEvent assault = new PredictedEvent(EventType.ASSAULT, null, null, p.sources(), List.of(), null, null,
                List.of(), EventModality.ASSERTED, p.evidence());

        EventReport report = score(List.of(goldCoerce()), List.of(assault));

        assertThat(report.fields().get("event type")).isEqualTo(new FieldScore(0, 1, 1));
        assertThat(report.fields().get("source actor")).isEqualTo(new FieldScore(0, 1, 1));
        assertThat(report.detection()).isEqualTo(new FieldScore(1, 0, 0));
    }

    @Test
    void anEventInAnotherSentenceDoesNotMatch() {
        PredictedEvent p = perfectCoerce();
        PredictedEvent elsewhere = new PredictedEvent(p.type(), p.mode(), p.acled(), p.sources(), p.targets(),
                p.place(), p.date(), p.counts(), p.modality(), List.of(LAST_SPAN));

        EventReport report = score(List.of(goldCoerce()), List.of(elsewhere));

        assertThat(report.fields().get("event type")).isEqualTo(new FieldScore(0, 1, 1));
        assertThat(report.fields().get("counts")).isEqualTo(new FieldScore(0, 1, 1));
    }

    @Test
    void partialActorNamesMatchButOtherPartiesDoNot() {
        assertThat(EventFields.sameName("riot police", "the police")).isTrue();
        assertThat(EventFields.sameName("central Lyon", "Lyon")).isTrue();
        assertThat(EventFields.sameName("police", "policemen")).isFalse();
        assertThat(EventFields.sameName("the army", "army drones")).isTrue();
        assertThat(EventFields.sameName("protesters", "the government")).isFalse();
    }

    @Test
    void anActorKindCountsOnlyWhenTheActorAndItsKindMatch() {
        GoldEvent g = goldCoerce();
        PredictedEvent wrongKind = new PredictedEvent(g.type(), g.mode(), g.acled(),
                List.of(new ActorValue("riot police", ActorKind.MILITARY)), g.targets(), null, g.date(), List.of(),
                g.modality(), List.of(FIRST_SPAN));
        EventReport report = score(List.of(g), List.of(wrongKind));
        assertThat(report.fields().get("source actor")).isEqualTo(new FieldScore(1, 0, 0));
        assertThat(report.fields().get("source actor kind")).isEqualTo(new FieldScore(0, 1, 1));
        assertThat(report.fields().get("target actor kind")).isEqualTo(new FieldScore(1, 0, 0));
    }

    @Test
    void aCountWithoutItsClaimantMatchesTheFigureOnly() {
        PredictedEvent p = perfectCoerce();
        PredictedEvent unattributed = new PredictedEvent(p.type(), p.mode(), p.acled(), p.sources(), p.targets(),
                p.place(), p.date(), List.of(new CountValue(CountKind.INJURED, 16, null, "At least 16", null)),
                p.modality(), p.evidence());

        EventReport report = score(List.of(goldCoerce()), List.of(unattributed));

        assertThat(report.fields().get("counts")).isEqualTo(new FieldScore(1, 0, 0));
        assertThat(report.fields().get("counts with claimant")).isEqualTo(new FieldScore(0, 1, 1));
    }

    @Test
    void aDateMatchesOnlyWhenAtLeastAsFineAsGold() {
        DateValue day = new DateValue("2025-03-04", TimePrecision.DAY);
        DateValue month = new DateValue("2025-03", TimePrecision.MONTH);

        assertThat(month.matchedBy(day)).isTrue();
        assertThat(day.matchedBy(month)).isFalse();
        assertThat(day.matchedBy(new DateValue("2025-03-04/2025-03-06", TimePrecision.DAY))).isTrue();
        assertThat(day.matchedBy(new DateValue("2025-03-05", TimePrecision.DAY))).isFalse();
        assertThat(new DateValue("2025-W10", TimePrecision.WEEK).matchedBy(new DateValue("2025-W10", TimePrecision.WEEK)))
                .isTrue();
    }

    @Test
    void aFlagCountsOnlyWhenRaised() {
        PredictedEvent talks = new PredictedEvent(EventType.CONSULT, null, null, List.of(), List.of(), null, null,
                List.of(), EventModality.ASSERTED, List.of(LAST_SPAN));
        PredictedEvent negatedCoerce = new PredictedEvent(EventType.COERCE, null, null, List.of(), List.of(), null,
                null, List.of(), new EventModality(false, true, false, false), List.of(FIRST_SPAN));

        EventReport report = score(List.of(goldCoerce(), goldHypotheticalTalks()), List.of(talks, negatedCoerce));

        assertThat(report.fields().get("hypothetical")).isEqualTo(new FieldScore(0, 0, 1));
        assertThat(report.fields().get("negated")).isEqualTo(new FieldScore(0, 1, 0));
        assertThat(report.fields().get("event type")).isEqualTo(new FieldScore(2, 0, 0));
    }

    @Test
    void greedyMatchingPairsTheLargestOverlapFirst() {
        PredictedEvent p = perfectCoerce();
        PredictedEvent twoSentences = new PredictedEvent(p.type(), null, null, List.of(), List.of(), null, null,
                List.of(), EventModality.ASSERTED, List.of(new Span(FIRST.length() - 10, TEXT.indexOf("Talks"))));

        EventMatching m = EventMatcher.byTypeAndEvidence().match(TEXT, List.of(goldCoerce()),
                List.of(twoSentences, p));

        assertThat(m.pairs()).singleElement().extracting(EventMatching.Pair::predicted).isEqualTo(p);
        assertThat(m.spurious()).containsExactly(twoSentences);
    }

    @Test
    void evidenceIsFoundAcrossRejoinedLines() {
        assertThat(EventMatcher.locate("Police fired\ntear gas. Then", "Police fired tear gas.")).isEqualTo(
                new Span(0, 22));
        assertThat(EventMatcher.locate("Nothing here.", "Police fired tear gas.")).isNull();
    }

    @Test
    void withoutAnEventsLayerEverythingIsMissedAndTheReportSaysSo() {
        GoldEventArticle article = new GoldEventArticle("a1", "dev", "s1", null, "T", null, "2025-03-05", null, TEXT,
                List.of(goldCoerce()));

        EventReport report = EventEvaluation.score("dev", List.of(article),
                List.of(new ArticlePrediction(TEXT, List.of(), false)));

        assertThat(report.eventsLayer()).isFalse();
        assertThat(report.unlocated()).isZero();
        assertThat(report.fields().get("event type")).isEqualTo(new FieldScore(0, 0, 1));
        assertThat(report.fields().get("event type").f1()).isZero();
    }

    @Test
    void aDateAgainstAnUndatedGoldEventIsNotScored() {
        PredictedEvent dated = new PredictedEvent(EventType.CONSULT, null, null, List.of(), List.of(), null,
                new DateValue("2025-03-05", TimePrecision.DAY), List.of(), EventModality.ASSERTED, List.of(LAST_SPAN));

        EventReport report = score(List.of(goldHypotheticalTalks()), List.of(dated));

        assertThat(report.fields().get("date")).isEqualTo(FieldScore.EMPTY);
    }

    @Test
    void goldEvidenceTheCleanerDroppedIsCountedAsUnlocated() {
        GoldEventArticle article = new GoldEventArticle("a1", "dev", "s1", null, "T", null, "2025-03-05", null, TEXT,
                List.of(goldCoerce(), goldHypotheticalTalks()));
        String cleaned = TEXT.substring(0, TEXT.indexOf("Talks"));

        EventReport report = EventEvaluation.score("dev", List.of(article),
                List.of(new ArticlePrediction(cleaned, List.of(perfectCoerce()), true)));

        assertThat(report.unlocated()).isEqualTo(1);
        assertThat(report.fields().get("event type")).isEqualTo(new FieldScore(1, 0, 1));
    }
}
