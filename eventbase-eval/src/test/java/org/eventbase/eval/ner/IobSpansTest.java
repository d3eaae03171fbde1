package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IobSpansTest {
    @Test
    void readsIAtSentenceStartAsTheStartOfAnEntity() {
        assertThat(IobSpans.of(0, List.of("I-LOC", "O", "O")))
                .containsExactly(new EntitySpan(0, 0, 1, "LOC"));
    }

    @Test
    void joinsARunOfIWithTheSameType() {
        assertThat(IobSpans.of(3, List.of("O", "I-ORG", "I-ORG", "I-ORG", "O")))
                .containsExactly(new EntitySpan(3, 1, 4, "ORG"));
    }

    @Test
    void startsANewEntityWhenTheTypeChanges() {
        assertThat(IobSpans.of(0, List.of("I-PER", "I-PER", "I-LOC")))
                .containsExactly(new EntitySpan(0, 0, 2, "PER"), new EntitySpan(0, 2, 3, "LOC"));
    }

    @Test
    void startsANewEntityAtBOfTheSameType() {
        assertThat(IobSpans.of(0, List.of("I-PER", "B-PER", "I-PER", "O")))
                .containsExactly(new EntitySpan(0, 0, 1, "PER"), new EntitySpan(0, 1, 3, "PER"));
    }

    @Test
    void closesAnEntityAtTheEndOfTheSentence() {
        assertThat(IobSpans.of(1, List.of("O", "I-MISC", "I-MISC")))
                .containsExactly(new EntitySpan(1, 1, 3, "MISC"));
    }

    @Test
    void readsIob2TagsTheSameWay() {
        assertThat(IobSpans.of(0, List.of("B-LOC", "I-LOC", "O", "B-ORG")))
                .containsExactly(new EntitySpan(0, 0, 2, "LOC"), new EntitySpan(0, 3, 4, "ORG"));
    }

    @Test
    void findsNothingInASentenceOfO() {
        assertThat(IobSpans.of(0, List.of("O", "O"))).isEmpty();
    }
}
