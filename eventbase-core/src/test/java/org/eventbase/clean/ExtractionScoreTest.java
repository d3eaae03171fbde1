package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
    @Test
    void scoresIdenticalTextsAsPerfectWhateverThePunctuation() {
        ExtractionScore score = ExtractionScore.of(List.of(
                new ExtractionScore.Pair("One two, three four five.", "One two three\nfour five")));

        assertThat(score.f1()).isEqualTo(1.0);
        assertThat(score.accuracy()).isEqualTo(1.0);
    }

    @Test
    void scoresExtraBoilerplateAsLostPrecision() {
        ExtractionScore score = ExtractionScore.of(List.of(
                new ExtractionScore.Pair("a b c d e f g h", "a b c d e")));

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isCloseTo(2.0 / 5.0, within(1e-9));
    }

    @Test
    void weighsEveryDocumentTheSame() {
        ExtractionScore score = ExtractionScore.of(List.of(
                new ExtractionScore.Pair("a b c d", "a b c d"),
                new ExtractionScore.Pair("", "w x y z")));

        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.documents()).isEqualTo(2);
    }

    @Test
    void treatsShortTextsAsOneShingleAndEmptyAgainstEmptyAsPerfect() {
        assertThat(ExtractionScore.of(List.of(new ExtractionScore.Pair("a b", "a b"))).f1()).isEqualTo(1.0);
        assertThat(ExtractionScore.of(List.of(new ExtractionScore.Pair("", ""))).f1()).isEqualTo(1.0);
    }
}
