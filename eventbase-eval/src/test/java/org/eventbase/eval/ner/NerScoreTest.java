package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {
    private static final EntitySpan PER_0_2 = new EntitySpan(0, 0, 2, "PER");
    private static final EntitySpan LOC_0_3 = new EntitySpan(0, 3, 4, "LOC");

    @Test
    void countsOnlyExactSpanAndTypeMatches() {
        NerScore score = NerScore.EMPTY.plus(
                List.of(PER_0_2, LOC_0_3),
                List.of(new EntitySpan(0, 0, 1, "PER"), new EntitySpan(0, 3, 4, "ORG")));

        assertThat(score.of("PER")).isEqualTo(new TypeScore(0, 1, 1));
        assertThat(score.of("LOC")).isEqualTo(new TypeScore(0, 0, 1));
        assertThat(score.of("ORG")).isEqualTo(new TypeScore(0, 1, 0));
        assertThat(score.overall()).isEqualTo(new TypeScore(0, 2, 2));
    }

    @Test
    void microAveragesBySummingCountsOverDocuments() {
        // document 1: 1 of 1 PER found, plus one wrong LOC; document 2: 1 of 3 LOC found, nothing wrong
        NerScore score = NerScore.EMPTY
                .plus(List.of(PER_0_2), List.of(PER_0_2, new EntitySpan(1, 0, 1, "LOC")))
                .plus(List.of(LOC_0_3, new EntitySpan(1, 0, 1, "LOC"), new EntitySpan(2, 0, 1, "LOC")),
                        List.of(LOC_0_3));

        assertThat(score.of("LOC")).isEqualTo(new TypeScore(1, 1, 2));
        assertThat(score.overall()).isEqualTo(new TypeScore(2, 1, 2));
        assertThat(score.overall().precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.overall().recall()).isCloseTo(2.0 / 4, within(1e-9));
        assertThat(score.overall().f1()).isCloseTo(4.0 / 7, within(1e-9));
    }

    @Test
    void countsADuplicatePredictionOnce() {
        NerScore score = NerScore.EMPTY.plus(List.of(PER_0_2), List.of(PER_0_2, PER_0_2));

        assertThat(score.overall()).isEqualTo(new TypeScore(1, 0, 0));
    }

    @Test
    void scoresZeroRatherThanDividingByZero() {
        TypeScore nothing = NerScore.EMPTY.plus(List.of(), List.of()).overall();

        assertThat(nothing.precision()).isZero();
        assertThat(nothing.recall()).isZero();
        assertThat(nothing.f1()).isZero();
    }

    @Test
    void listsTheConllTypesFirst() {
        NerScore score = NerScore.EMPTY.plus(List.of(new EntitySpan(0, 0, 1, "DATE")), List.of());

        assertThat(score.types()).containsExactly("PER", "LOC", "ORG", "MISC", "DATE");
    }
}
