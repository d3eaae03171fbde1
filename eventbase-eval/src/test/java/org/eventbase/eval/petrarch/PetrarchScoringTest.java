package org.eventbase.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventbase.eval.Fixtures;
import org.eventbase.eval.event.FieldScore;
import org.eventbase.model.EventType;
import org.junit.jupiter.api.Test;

class PetrarchScoringTest {
    @Test
    void readsSentencesWithTheirCodesDateAndCollapsedText() {
        List<PetrarchRecord> records = PetrarchReader.read(Fixtures.path("event/tiny-petrarch.xml"));

        assertThat(records).hasSize(4);
        assertThat(records.get(1)).isEqualTo(new PetrarchRecord("T-02", "2025-03-04",
                "Chile and Argentina signed a fishing agreement and said it would last ten years.",
                List.of("057", "010"), false, false));
        assertThat(records.get(2).noEvents()).isTrue();
        assertThat(records.get(3).errorRecord()).isTrue();
    }

    @Test
    void mapsCameoRootsToPloverWithSignedAgreementsAsAgree() {
        assertThat(CameoToPlover.type("172")).contains(EventType.COERCE);
        assertThat(CameoToPlover.type("0571")).contains(EventType.AGREE);
        assertThat(CameoToPlover.type("064")).contains(EventType.COOPERATE);
        assertThat(CameoToPlover.type("1823")).contains(EventType.ASSAULT);
        assertThat(CameoToPlover.type("010")).isEmpty();
        assertThat(CameoToPlover.type("090")).contains(EventType.ACCUSE);
        assertThat(CameoToPlover.type("910")).isEmpty();
    }

    @Test
    void scoresTypesAsMultisetsPerSentenceAndSkipsErrorRecords() {
        List<PetrarchRecord> records = PetrarchReader.read(Fixtures.path("event/tiny-petrarch.xml"));
        List<PetrarchEvaluation.Prediction> predictions = List.of(
                new PetrarchEvaluation.Prediction(List.of(EventType.COERCE, EventType.COERCE), true),
                new PetrarchEvaluation.Prediction(List.of(EventType.COOPERATE), true),
                new PetrarchEvaluation.Prediction(List.of(EventType.PROTEST), true),
                new PetrarchEvaluation.Prediction(List.of(EventType.ASSAULT), true));

        PetrarchReport report = PetrarchEvaluation.score(records, predictions);

        assertThat(report.scored()).isEqualTo(3);
        assertThat(report.unmappedCodes()).isEqualTo(1);
        assertThat(report.overall()).isEqualTo(new FieldScore(1, 3, 1));
        assertThat(report.perType().get(EventType.COERCE)).isEqualTo(new FieldScore(1, 1, 0));
        assertThat(report.perType().get(EventType.AGREE)).isEqualTo(new FieldScore(0, 0, 1));
        assertThat(report.perType()).doesNotContainKey(EventType.ASSAULT);
    }
}
