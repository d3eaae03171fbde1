package org.eventbase.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventbase.eval.Fixtures;
import org.junit.jupiter.api.Test;

class QuoteEvaluationTest {
    @Test
    void scoresTheQuoteStageOnAProjectGoldArticle() {
        QuoteReport report = QuoteEvaluation.standard().evaluate(QuoteGoldSet.read(Fixtures.path("quote/project"),
                "dev"));

        QuoteScore all = report.rows().get(0).score();
        assertThat(report.rows().get(0).label()).isEqualTo("all kinds");
        assertThat(all.gold()).isEqualTo(3);
        assertThat(all.matched()).as("%s", report.errors()).isEqualTo(3);
        assertThat(all.speakerAccuracy()).as("%s", report.errors()).isEqualTo(1.0);
        assertThat(report.rows()).extracting(QuoteReport.Row::label)
                .containsExactly("all kinds", "DIRECT", "PARTIAL", "SCARE", "INDIRECT");
    }
}
