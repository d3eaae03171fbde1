package org.eventbase.eval.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.Event;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventType;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseScoringTest {
    @TempDir
    Path dir;

    @Test
    void readsTheTinyProjectWrittenFile() {
        List<CaseSnippet> snippets = CaseSnippetReader.read(Fixtures.path("event/tiny-case.tsv"));

        assertThat(snippets).hasSize(4);
        assertThat(snippets.get(2)).isEqualTo(new CaseSnippet("3",
                "A suicide bomber blew himself up at a crowded bus station in Quetta, killing eleven travellers.",
                "SUIC_BOMB"));
    }

    @Test
    void refusesAFileWithoutTheHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "1\tSome text\tARREST\n");

        assertThatThrownBy(() -> CaseSnippetReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.tsv").hasMessageContaining("header");
    }

    @Test
    void mapsAcledSubEventTypesToCaseCodesAndEventTypes() {
        assertThat(CaseLabels.code(new AcledCategory("Protests", "Peaceful protest"))).isEqualTo("PEACE_PROTEST");
        assertThat(CaseLabels.code(new AcledCategory("Explosions/Remote violence", "Air/drone strike")))
                .isEqualTo("AIR_STRIKE");
        assertThat(CaseLabels.code(new AcledCategory("Protests", "Something new"))).isEqualTo("OTHER");
        assertThat(CaseLabels.code(null)).isEqualTo("OTHER");
        assertThat(CaseLabels.ACLED_CODES).hasSize(25);
        assertThat(CaseLabels.eventType("MOB_VIOL")).isEqualTo("Riots");
        assertThat(CaseLabels.isAcled("DIPLO")).isFalse();
    }

    @Test
    void scoresOnlyAcledLabelledSnippetsAndCountsDistractorsApart() {
        List<CaseSnippet> snippets = CaseSnippetReader.read(Fixtures.path("event/tiny-case.tsv"));
        List<EventTypeEvaluation.Prediction> predictions = List.of(
                new EventTypeEvaluation.Prediction("PROTEST_WITH_INTER", false, true),
                new EventTypeEvaluation.Prediction("PEACE_PROTEST", false, true),
                new EventTypeEvaluation.Prediction("SUIC_BOMB", false, true),
                new EventTypeEvaluation.Prediction("OTHER", false, true));

        EventTypeReport report = EventTypeEvaluation.score(snippets, predictions);

        assertThat(report.distractors()).isEqualTo(1);
        assertThat(report.distractorsAsOther()).isEqualTo(1);
        assertThat(report.subTypes().items()).isEqualTo(3);
        assertThat(report.subTypes().accuracy()).isCloseTo(2.0 / 3, within(1e-9));
        // labels seen: FORCE (0), PROTEST_WITH_INTER (0), PEACE (1), SUIC (1)
        assertThat(report.subTypes().macroF1()).isCloseTo(0.5, within(1e-9));
        assertThat(report.eventTypes().accuracy()).isEqualTo(1.0);
        assertThat(report.eventTypes().macroF1()).isEqualTo(1.0);
    }

    @Test
    void withoutAnEventsLayerTheReportSaysSo() {
        List<CaseSnippet> snippets = CaseSnippetReader.read(Fixtures.path("event/tiny-case.tsv"));
        EventTypeEvaluation.Prediction other = new EventTypeEvaluation.Prediction("OTHER", false, false);

        EventTypeReport report = EventTypeEvaluation.score(snippets, List.of(other, other, other, other));

        assertThat(report.eventsLayer()).isFalse();
        assertThat(report.subTypes().accuracy()).isZero();
    }

    @Test
    void choosesTheMostConfidentAssertedEventWithAnAcledCategory() {
        Event negatedAgreement = event("ev1", EventType.AGREE, new AcledCategory("Strategic developments",
                "Agreement"), new EventModality(false, true, false, false), 0.9);
        Event shelling = event("ev2", EventType.ASSAULT, new AcledCategory("Explosions/Remote violence",
                "Shelling/artillery/missile attack"), EventModality.ASSERTED, 0.6);
        Event strike = event("ev3", EventType.ASSAULT, new AcledCategory("Explosions/Remote violence",
                "Air/drone strike"), EventModality.ASSERTED, 0.8);
        Event noAcled = event("ev4", EventType.CONSULT, null, EventModality.ASSERTED, 0.99);

        assertThat(EventTypeChoice.choose(List.of(negatedAgreement, shelling, strike, noAcled))).contains(strike);
        assertThat(EventTypeChoice.choose(List.of(negatedAgreement, noAcled))).contains(negatedAgreement);
        assertThat(EventTypeChoice.choose(List.of(noAcled))).isEmpty();
    }

    private static Event event(String id, EventType type, AcledCategory acled, EventModality modality,
            double confidence) {
        return new Event(id, type, null, acled, "trigger", null, List.of(), List.of(), null, null, List.of(), modality,
                null, confidence, List.of());
    }
}
