package org.eventbase.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionGroundTruthTest {
    @Test
    void readsIdsBodiesAndUrlsInFileOrder() {
        assertThat(ExtractionGroundTruth.read(Fixtures.path("extraction/missing-page.json")))
                .containsExactly(new GoldArticle("harbour", "The harbour closed.", null),
                        new GoldArticle("bridge", "The bridge reopened.", null));
    }

    @Test
    void rejectsAnEntryWithoutArticleBody() {
        assertThatThrownBy(() -> ExtractionGroundTruth.read(Fixtures.path("extraction/no-body.json")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("entry 'harbour' has no articleBody text");
    }

    @Test
    void rejectsAFileThatIsNotJson(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gt.json"), "{\"a\": ");

        assertThatThrownBy(() -> ExtractionGroundTruth.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": not valid JSON at line 1");
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> ExtractionGroundTruth.read(Path.of("no-such.json")))
                .isInstanceOf(InputException.class)
                .hasMessage("no-such.json: no such ground-truth file");
    }
}
