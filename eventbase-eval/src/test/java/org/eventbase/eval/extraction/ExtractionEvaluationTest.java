package org.eventbase.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
    private final ExtractionEvaluation evaluation = new ExtractionEvaluation();

    @Test
    void scoresACleanedPageAgainstItsGoldBody() {
        ExtractionReport report = evaluation.evaluate(Fixtures.path("extraction/html"),
                ExtractionGroundTruth.read(Fixtures.path("extraction/ground-truth.json")));

        assertThat(report.score().documents()).isEqualTo(1);
        assertThat(report.score().f1()).isEqualTo(1.0);
        assertThat(report.failures()).isZero();
        assertThat(report.englishOnlyScore().f1()).isEqualTo(1.0);
    }

    @Test
    void readsGzippedPagesAndScoresAnEmptiedPageAsEmptyWithItsReason(@TempDir Path dir) throws IOException {
        gzip(dir.resolve("harbour.html.gz"), Files.readString(Fixtures.path("extraction/html/harbour.html")));
        Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        List<GoldArticle> gold = List.of(
                ExtractionGroundTruth.read(Fixtures.path("extraction/ground-truth.json")).get(0),
                new GoldArticle("menu", "The menu page has an article after all.", null));

        ExtractionReport report = evaluation.evaluate(dir, gold);

        assertThat(report.pages()).extracting(PageResult::f1).containsExactly(1.0, 0.0);
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.failuresByReason()).containsOnlyKeys("no article text left after cleaning");
        assertThat(report.score().recall()).isEqualTo(0.5);
    }

    @Test
    void rejectsAGroundTruthIdWithoutAPage() {
        Path html = Fixtures.path("extraction/html");
        List<GoldArticle> gold = ExtractionGroundTruth.read(Fixtures.path("extraction/missing-page.json"));

        assertThatThrownBy(() -> evaluation.evaluate(html, gold))
                .isInstanceOf(InputException.class)
                .hasMessage(html.resolve("bridge") + ": ground-truth id has no page; expected bridge.html.gz or bridge.html");
    }

    @Test
    void rejectsAPageWithoutAGroundTruthId(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("harbour.html"), "<p>Harbour</p>");
        Files.writeString(dir.resolve("stray.html"), "<p>Stray</p>");

        assertThatThrownBy(() -> evaluation.evaluate(dir, List.of(new GoldArticle("harbour", "Harbour", null))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("stray.html") + ": page has no entry in the ground truth");
    }

    @Test
    void rejectsAMissingFolder() {
        assertThatThrownBy(() -> evaluation.evaluate(Path.of("no-such-dir"), List.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("no-such-dir: no such directory of HTML pages");
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
