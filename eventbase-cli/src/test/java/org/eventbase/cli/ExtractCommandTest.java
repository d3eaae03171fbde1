package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String ARTICLE = """
            Dock workers march against terminal closures

            Hundreds of dock workers marched through Rotterdam on Tuesday to protest against a plan to close two \
            container terminals, the FNV union said.

            © Provided by Harbour Daily
            Photo: Marit Jansen/ANP

            The Netherlands' transport minister Pieter de Wit said the plan would be reviewed. De Wit told \
            reporters that no decision had been taken.

            Read more: Port strike enters third day

            "We will not accept the loss of a thousand jobs," said Anouk Visser, a 44-year-old crane operator.

            Source: Thanks portal.example
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printsCleanTextMetadataAndEntitiesAsJson() throws IOException {
        Path file = write("protest.txt", ARTICLE);
        CliRun run = CliRun.of("extract", file.toString(), "--published", "2023-03-15");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = json.readTree(run.out());
        JsonNode article = doc.get("article");
        assertThat(article.get("title").asText()).isEqualTo("Dock workers march against terminal closures");
        assertThat(article.get("publisher").asText()).isEqualTo("Harbour Daily");
        assertThat(article.get("syndicator").asText()).isEqualTo("portal.example");
        assertThat(article.get("published").asText()).isEqualTo("2023-03-15");
        assertThat(article.get("language").asText()).isEqualTo("en");
        assertThat(article.get("text").asText())
                .contains("Hundreds of dock workers marched through Rotterdam")
                .contains("said Anouk Visser")
                .doesNotContain("Provided by", "Photo:", "Read more", "Source:");
        assertThat(doc.get("pipeline").get("corenlp").asText()).isNotBlank();
        JsonNode people = doc.get("entities");
        assertThat(people.findValuesAsText("name")).contains("Pieter de Wit", "Anouk Visser");
        String text = article.get("text").asText();
        for (JsonNode entity : doc.get("entities")) {
            for (JsonNode m : entity.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                        .isEqualTo(m.get("text").asText());
            }
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path file = write("protest.txt", ARTICLE);
        String first = CliRun.of("extract", file.toString()).out();
        String second = CliRun.of("extract", file.toString()).out();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void textFormatPrintsReadableSummary() throws IOException {
        Path file = write("protest.txt", ARTICLE);
        CliRun run = CliRun.of("extract", "--format", "text", "--published", "2023-03-15", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("== Dock workers march against terminal closures")
                .contains("publisher Harbour Daily")
                .contains("PERSON")
                .contains("2023-03-14              Tuesday")
                .containsPattern("CITY +Rotterdam \\(NL\\) +51\\.9\\d, 4\\.4\\d")
                .containsPattern("COUNTRY +Netherlands \\(NL\\)")
                .contains("quotes (")
                .contains("DIRECT   Anouk Visser: \u201cWe will not accept the loss of a thousand jobs,\u201d");
    }

    @Test
    void missingFileIsOneLineNamingItAndExitsWithInputFailure() {
        CliRun run = CliRun.of("extract", dir.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("nope.txt").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void emptyAndBinaryFilesAreRefusedWithoutStackTraces() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0});
        CliRun run = CliRun.of("extract", empty.toString(), binary.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("empty.txt").contains("image.txt").doesNotContain("\tat ");
    }

    @Test
    void nonEnglishTextIsRefusedNamingTheLanguage() throws IOException {
        Path file = write("artikel.txt", """
                Hafenarbeiter protestieren

                Hunderte Hafenarbeiter sind am Dienstag durch Rotterdam gezogen, um gegen die geplante Schließung \
                von zwei Terminals zu protestieren, teilte die Gewerkschaft mit. Die Regierung will den Plan prüfen.
                """);
        CliRun run = CliRun.of("extract", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("artikel.txt").contains("German").contains("only English");
    }

    @Test
    void malformedJsonlLineIsReportedWithItsNumberAndTheRestStillComesOut() throws IOException {
        String good = json.writeValueAsString(java.util.Map.of(
                "url", "https://example.org/a", "title", "Strike closes port",
                "text", "Port workers in Antwerp went on strike on Monday, the union said. The strike closed "
                        + "the port for a day, and the workers said they would return on Tuesday.",
                "published", "2023-05-02"));
        Path file = write("wire.jsonl", good + "\n{not json\n" + good.replace("Antwerp", "Ghent") + "\n");
        CliRun run = CliRun.of("extract", "--format", "jsonl", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("wire.jsonl:2");
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).contains("Antwerp").contains("Ghent").contains("2023-05-02");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedNamingTheOption() throws IOException {
        Path file = write("big.txt", ARTICLE.repeat(20));
        CliRun run = CliRun.of("extract", "--max-bytes", "1K", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("big.txt").contains("--max-bytes");
    }

    @Test
    void articleTextTooLongForOneArticleIsRefusedBeforeNlp() throws IOException {
        String paragraph = "Workers at the port said on Monday that the strike would go on until the talks resume.\n\n";
        Path file = write("book.txt", "A very long text\n\n" + paragraph.repeat(12_000));
        CliRun run = CliRun.of("extract", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("book.txt").contains("split the file into articles").doesNotContain("\tat ");
    }

    @Test
    void unparseablePublicationDateIsAUsageError() throws IOException {
        Path file = write("protest.txt", ARTICLE);
        CliRun run = CliRun.of("extract", "--published", "last tuesday", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--published").doesNotContain("\tat ");
    }

    @Test
    void urlWithADirectoryIsAUsageError() {
        CliRun run = CliRun.of("extract", "--url", "https://example.org/a", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--url");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
