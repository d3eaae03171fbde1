package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.ingest.Inputs.bytes;
import static org.eventbase.ingest.Inputs.concat;
import static org.eventbase.ingest.Inputs.gzip;
import static org.eventbase.ingest.Inputs.onlyArticle;
import static org.eventbase.ingest.Inputs.onlyFailure;
import static org.eventbase.ingest.Inputs.readAll;
import static org.eventbase.ingest.Inputs.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReadingTest {
    @TempDir
    Path dir;

    @Test
    void reportsMalformedLineWithItsNumberAndGoesOn() {
        Path file = write(dir, "dump.jsonl", String.join("\n",
                "{\"text\": \"Curfew lifted in Dorrin.\"}",
                "{\"text\": \"Unterminated",
                "{\"text\": \"Markets reopen.\"}"));

        List<ReadResult> results = readAll(file);

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo(file + ":2");
            assertThat(failed.problem()).startsWith("malformed JSON on line 2: ").doesNotContain("\n");
        });
        assertThat(results.get(2)).isInstanceOfSatisfying(ReadResult.Ok.class,
                ok -> assertThat(ok.article().input()).isEqualTo(file + ":3"));
    }

    @Test
    void reportsLineThatIsNotAnObject() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"Fine.\"}\n[\"a\", \"b\"]\n42\n");

        List<ReadResult> results = readAll(file);

        assertThat(results).extracting(JsonLinesReadingTest::problemOrNull).containsExactly(
                null,
                "malformed JSON on line 2: expected an object, found array",
                "malformed JSON on line 3: expected an object, found number");
    }

    @Test
    void reportsLineWithoutTextOrHtml() {
        Path file = write(dir, "dump.jsonl", "{\"title\": \"Only a title\"}\n");

        assertThat(onlyFailure(file).problem())
                .isEqualTo("malformed JSON on line 1: neither a \"text\" nor an \"html\" field");
    }

    @Test
    void reportsEmptyText() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"  \"}\n");

        assertThat(onlyFailure(file).problem())
                .isEqualTo("malformed JSON on line 1: the \"text\" or \"html\" field is empty");
    }

    @Test
    void reportsFieldOfWrongType() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"Fine.\", \"title\": [\"a\"]}\n{\"text\": 7}\n");

        assertThat(readAll(file)).extracting(JsonLinesReadingTest::problemOrNull).containsExactly(
                "malformed JSON on line 1: field \"title\" must be a string, found array",
                "malformed JSON on line 2: field \"text\" must be a string, found number");
    }

    @Test
    void reportsTrailingContentOnALine() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"One.\"} {\"text\": \"Two.\"}\n");

        assertThat(onlyFailure(file).problem()).startsWith("malformed JSON on line 1: ");
    }

    @Test
    void skipsBlankLinesButKeepsTheirNumbers() {
        Path file = write(dir, "dump.jsonl", "\n   \n{\"text\": \"Late line.\"}\r\n\r\n");

        assertThat(onlyArticle(file).input()).isEqualTo(file + ":3");
    }

    @Test
    void readsCrlfLines() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"A.\"}\r\n{\"text\": \"B.\"}\r\n");

        assertThat(readAll(file)).extracting(result -> ((ReadResult.Ok) result).article().content())
                .containsExactly("A.", "B.");
    }

    @Test
    void keepsTextExactlyAsInTheField() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"Title\\r\\n\\r\\nBody \\u201cquoted\\u201d.\"}\n");

        assertThat(onlyArticle(file).content()).isEqualTo("Title\r\n\r\nBody “quoted”.");
    }

    @Test
    void prefersTextOverHtml() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"Plain.\", \"html\": \"<p>Plain.</p>\"}\n");

        assertThat(onlyArticle(file).content()).isEqualTo("Plain.");
    }

    @Test
    void acceptsFieldAliases() {
        Path file = write(dir, "dump.jsonl",
                "{\"text\": \"A.\", \"author\": \"J. Doe\", \"published_at\": \"2022-01-06 09:30:00\"}\n"
                        + "{\"text\": \"B.\", \"byline\": \"By K. Roe\", \"date\": \"2022-01-06T09:30:00+01:00\"}\n");

        assertThat(readAll(file)).extracting(result -> ((ReadResult.Ok) result).article().metadata())
                .containsExactly(
                        new ArticleMetadata(null, null, null, null, "J. Doe", "2022-01-06T09:30:00"),
                        new ArticleMetadata(null, null, null, null, "By K. Roe", "2022-01-06T09:30:00+01:00"));
    }

    @Test
    void dropsUnparseablePublicationDate() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"A.\", \"published\": \"last Tuesday\"}\n");

        assertThat(onlyArticle(file).metadata().published()).isNull();
    }

    @Test
    void ignoresUnknownFieldsAndNulls() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"A.\", \"title\": null, \"id\": 17, \"tags\": [1]}\n");

        assertThat(onlyArticle(file).metadata()).isEqualTo(ArticleMetadata.EMPTY);
    }

    @Test
    void refusesOverlongLineAndGoesOn() {
        String longLine = "{\"text\": \"" + "w".repeat(300) + "\"}";
        Path file = write(dir, "dump.jsonl", "{\"text\": \"Short.\"}\n" + longLine + "\n{\"text\": \"Also short.\"}\n");

        List<ReadResult> results = readAll(file, new ReadLimits(100));

        assertThat(results).extracting(JsonLinesReadingTest::problemOrNull).containsExactly(
                null,
                "line 2 is above the limit of 100 bytes; raise the limit with --max-bytes",
                null);
        assertThat(results.get(2).input()).isEqualTo(file + ":3");
    }

    @Test
    void streamsFileLargerThanTheLimit() {
        String line = "{\"text\": \"Protest number N in the capital.\"}\n";
        Path file = write(dir, "big.jsonl", line.repeat(200));

        List<ReadResult> results = readAll(file, new ReadLimits(100));

        assertThat(results).hasSize(200).allMatch(ReadResult.Ok.class::isInstance);
    }

    @Test
    void readsLazilyOneLineAtATime() throws IOException {
        Path file = dir.resolve("endless.jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"text\": \"First.\"}\n");
            out.write("{\"text\": \"Second.\"}\n");
        }
        try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(file)) {
            Iterator<ReadResult> iterator = results.iterator();
            assertThat(iterator.next().input()).isEqualTo(file + ":1");
            // Lines appended after reading began are still seen: nothing beyond the buffer was read up front.
            Files.writeString(file, "{\"text\": \"Third.\"}\n", java.nio.file.StandardOpenOption.APPEND);
            assertThat(iterator.next().input()).isEqualTo(file + ":2");
            assertThat(iterator.next().input()).isEqualTo(file + ":3");
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void reportsCorruptGzipAfterTheLinesBeforeIt() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            lines.append("{\"text\": \"Report ").append(i).append(" from the border crossing.\"}\n");
        }
        byte[] whole = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "dump.jsonl.gz", Arrays.copyOf(whole, whole.length * 3 / 4));

        List<ReadResult> results = readAll(file);

        assertThat(results.subList(0, results.size() - 1)).isNotEmpty().allMatch(ReadResult.Ok.class::isInstance);
        assertThat(results.get(results.size() - 1)).isInstanceOfSatisfying(ReadResult.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo(file.toString());
            assertThat(failed.problem()).startsWith("corrupt gzip data");
        });
    }

    @Test
    void reportsJsonArrayFile() {
        Path file = write(dir, "articles.json", "[{\"text\": \"A.\"}, {\"text\": \"B.\"}]\n");

        assertThat(onlyFailure(file).problem())
                .isEqualTo("a JSON array, not JSON Lines; write one article object per line");
    }

    @Test
    void reportsBlankJsonLinesFileAsEmpty() {
        assertThat(onlyFailure(write(dir, "dump.jsonl", "\n\n  \n")).problem()).startsWith("empty file");
    }

    @Test
    void reportsUtf16JsonLines() {
        byte[] file = concat(bytes(0xFF, 0xFE), "{\"text\": \"A.\"}\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(onlyFailure(write(dir, "dump.ndjson", file)).problem())
                .isEqualTo("UTF-16 JSON Lines are not supported; convert the file to UTF-8");
    }

    @Test
    void reportsBinaryJsonLinesFile() {
        byte[] file = concat("{\"text\": \"A.\"}\n".getBytes(StandardCharsets.UTF_8), new byte[50]);

        assertThat(onlyFailure(write(dir, "dump.jsonl", file)).problem()).startsWith("binary file");
    }

    private static String problemOrNull(ReadResult result) {
        return result instanceof ReadResult.Failed failed ? failed.problem() : null;
    }

    @Test
    void readsPrettyPrintedJsonFileAsOneArticle() {
        Path file = write(dir, "article.json", """
                {
                  "title": "Rail strike called off",
                  "text": "Unions called off Monday's rail strike after a late offer.",
                  "published": "2022-01-06T09:30:00Z"
                }
                """);

        RawArticle article = onlyArticle(file);

        assertThat(article.input()).isEqualTo(file.toString());
        assertThat(article.content()).isEqualTo("Unions called off Monday's rail strike after a late offer.");
        assertThat(article.metadata().title()).isEqualTo("Rail strike called off");
        assertThat(article.metadata().published()).isEqualTo("2022-01-06T09:30:00Z");
    }

    @Test
    void reportsMalformedJsonFileOnce() {
        Path file = write(dir, "article.json", "{\n  \"text\": \"Unfinished\n");

        assertThat(onlyFailure(file).problem()).startsWith("malformed JSON: ");
    }
}
