package org.eventbase.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotatorTimingsTest {
    @Test
    void readsCoreNlpTimingLinesAsStageTimesNamedAfterTheAnnotators() {
        String timing = """
                Annotation pipeline timing information:
                TokenizerAnnotator: 0.4 sec.
                POSTaggerAnnotator: 2.5 sec.
                NERCombinerAnnotator: 12.0 sec.
                SomeCustomAnnotator: 0.1 sec.
                TOTAL: 15.0 sec. for 1000 tokens at 66.7 tokens/sec.""";
        assertThat(AnnotatorTimings.parse(timing, " nlp: ")).containsExactly(
                new StageTime(" nlp: tokenize", 400_000_000L),
                new StageTime(" nlp: pos", 2_500_000_000L),
                new StageTime(" nlp: ner", 12_000_000_000L),
                new StageTime(" nlp: SomeCustomAnnotator", 100_000_000L));
    }
}
