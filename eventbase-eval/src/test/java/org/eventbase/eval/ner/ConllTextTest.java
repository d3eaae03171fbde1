package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConllTextTest {
    private static final ConllDocument DOC = new ConllDocument("t:1", List.of(
            List.of(new ConllToken("Rain", "I-PER"), new ConllToken("left", "O"), new ConllToken("AL-AIN", "I-LOC")),
            List.of(new ConllToken("Port", "I-ORG"), new ConllToken("closed", "O"))));

    @Test
    void joinsTokensWithSpacesAndSentencesWithABlankLine() {
        assertThat(ConllText.of(DOC).text()).isEqualTo("Rain left AL-AIN\n\nPort closed");
    }

    @Test
    void mapsAnEntityBackToTheTokensItCovers() {
        ConllText text = ConllText.of(DOC);

        assertThat(text.toTokens(new PredictedEntity(18, 22, "ORG"))).contains(new EntitySpan(1, 0, 1, "ORG"));
        assertThat(text.toTokens(new PredictedEntity(0, 9, "PER"))).contains(new EntitySpan(0, 0, 2, "PER"));
    }

    @Test
    void widensAnEntityThatCoversPartOfAToken() {
        // a tokenizer that splits "AL-AIN" at the hyphen may find only "AIN"
        assertThat(ConllText.of(DOC).toTokens(new PredictedEntity(13, 16, "LOC")))
                .contains(new EntitySpan(0, 2, 3, "LOC"));
    }

    @Test
    void cutsAnEntityAtASentenceBreak() {
        assertThat(ConllText.of(DOC).toTokens(new PredictedEntity(10, 22, "LOC")))
                .contains(new EntitySpan(0, 2, 3, "LOC"));
    }

    @Test
    void mapsAnEntityOverOnlyWhitespaceToNothing() {
        assertThat(ConllText.of(DOC).toTokens(new PredictedEntity(16, 18, "LOC"))).isEqualTo(Optional.empty());
    }
}
