package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.eval.Fixtures;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
    /** Finds every occurrence of one word in the text it is given, with one type. */
    private record WordFinder(String name, String word, String type) implements NerSystem {
        @Override
        public List<PredictedEntity> entities(Document document) {
            String text = document.article().text();
            List<PredictedEntity> found = new ArrayList<>();
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                found.add(new PredictedEntity(i, i + word.length(), type));
            }
            return found;
        }
    }

    @Test
    void scoresEverySystemOnTheSameDocumentsSideBySide() {
        NerEvaluation evaluation = new NerEvaluation(Pipeline.of(), List.of(
                new WordFinder("finds-lagos", "Lagos", "LOC"), new WordFinder("finds-port-as-per", "Port", "PER")));

        NerReport report = evaluation.evaluate(ConllReader.read(Fixtures.path("ner/two-documents.conll")));

        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.sentences()).isEqualTo(3);
        assertThat(report.tokens()).isEqualTo(13);
        assertThat(report.systems()).extracting(SystemScore::system).containsExactly("finds-lagos", "finds-port-as-per");
        assertThat(report.systems().get(0).score().overall()).isEqualTo(new TypeScore(1, 0, 3));
        assertThat(report.systems().get(1).score().overall()).isEqualTo(new TypeScore(0, 1, 4));
    }
}
