package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventbase.model.Article;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;
import org.junit.jupiter.api.Test;

class CoreNlpNerSystemTest {
    private static final String TEXT = "Okafor said he left Lagos";

    @Test
    void leavesOutPronounMentionsWhoseTokensCarryNoTag() {
        NlpAnnotation nlp = new NlpAnnotation(
                List.of(new Sentence(0, 0, 25, List.of(
                        new Token(0, "Okafor", 0, 6, "NNP", "Okafor", "PERSON"),
                        new Token(1, "said", 7, 11, "VBD", "say", "O"),
                        new Token(2, "he", 12, 14, "PRP", "he", "O"),
                        new Token(3, "left", 15, 19, "VBD", "leave", "O"),
                        new Token(4, "Lagos", 20, 25, "NNP", "Lagos", "CITY")))),
                List.of(new NerMention(0, 0, 1, 0, 6, "Okafor", "PERSON"),
                        new NerMention(0, 2, 3, 12, 14, "he", "PERSON"),
                        new NerMention(0, 4, 5, 20, 25, "Lagos", "CITY")));
        Document doc = Document.of(new Article("t", "t", null, null, null, null, null, null, "en", TEXT,
                OffsetMap.identity(TEXT.length()))).with(Layers.NLP, nlp, new Provenance("nlp", "test", "1"));

        assertThat(new CoreNlpNerSystem().entities(doc)).containsExactly(
                new PredictedEntity(0, 6, "PER"), new PredictedEntity(20, 25, "LOC"));
    }
}
