package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
    @Test
    void splitsDocumentsAtDocstartAndSentencesAtBlankLines() {
        List<ConllDocument> docs = ConllReader.read(Fixtures.path("ner/two-documents.conll"));

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences()).hasSize(2);
        assertThat(docs.get(0).sentences().get(0)).extracting(ConllToken::text)
                .containsExactly("Rain", "Okafor", "left", "Lagos", ".");
        assertThat(docs.get(1).sentences().get(0).get(0)).isEqualTo(new ConllToken("Kenyan", "I-MISC"));
    }

    @Test
    void readsGoldEntitiesFromTheTags() {
        ConllDocument first = ConllReader.read(Fixtures.path("ner/two-documents.conll")).get(0);

        assertThat(first.goldSpans()).containsExactly(
                new EntitySpan(0, 0, 2, "PER"), new EntitySpan(0, 3, 4, "LOC"), new EntitySpan(1, 0, 2, "ORG"));
    }

    @Test
    void namesTheFileAndLineOfAMalformedLine() {
        Path file = Fixtures.path("ner/malformed-line.conll");

        assertThatThrownBy(() -> ConllReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":4: expected 4 fields");
    }

    @Test
    void endsADocumentAtADocstartLineWithTextGluedToIt() {
        List<ConllDocument> docs = ConllReader.read(Fixtures.path("ner/glued-docstart.conll"));

        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).goldSpans()).containsExactly(new EntitySpan(0, 0, 1, "LOC"));
    }

    @Test
    void reportsAMissingFileAsAnInputProblem() {
        assertThatThrownBy(() -> ConllReader.read(Path.of("no-such.conll")))
                .isInstanceOf(InputException.class)
                .hasMessage("no-such.conll: no such CoNLL file");
    }
}
