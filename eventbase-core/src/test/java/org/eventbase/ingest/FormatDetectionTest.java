package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.ingest.Inputs.fixture;
import static org.eventbase.ingest.Inputs.gzip;
import static org.eventbase.ingest.Inputs.onlyArticle;
import static org.eventbase.ingest.Inputs.readAll;
import static org.eventbase.ingest.Inputs.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectionTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html><head><title>Bridge reopens</title></head>"
            + "<body><p>The Kessel bridge reopened on Sunday after repairs.</p></body></html>\n";

    @TempDir
    Path dir;

    @Test
    void readsPlainTextWhole() throws Exception {
        Path file = fixture("harbour-strike.txt");
        RawArticle article = onlyArticle(file);

        assertThat(article.format()).isEqualTo(ContentFormat.TEXT);
        assertThat(article.content()).isEqualTo(Files.readString(file));
        assertThat(article.input()).isEqualTo(file.toString());
        assertThat(article.metadata()).isEqualTo(ArticleMetadata.EMPTY);
    }

    @Test
    void detectsHtmlWithoutExtension() throws Exception {
        Path file = fixture("council-vote-page");
        RawArticle article = onlyArticle(file);

        assertThat(article.format()).isEqualTo(ContentFormat.HTML);
        assertThat(article.content()).isEqualTo(Files.readString(file)).contains("<p>The council");
    }

    @Test
    void detectsHtmlInTxtFile() {
        RawArticle article = onlyArticle(write(dir, "saved.txt", PAGE));

        assertThat(article.format()).isEqualTo(ContentFormat.HTML);
        assertThat(article.content()).isEqualTo(PAGE);
    }

    @Test
    void detectsHtmlFragmentStartingWithParagraph() {
        String fragment = "\n  <p>Rain closed schools in Marrow County.</p>\n<p>Classes resume Monday.</p>";

        assertThat(onlyArticle(write(dir, "fragment", fragment)).format()).isEqualTo(ContentFormat.HTML);
    }

    @Test
    void detectsHtmlAfterCommentAndPreamble() {
        String saved = "<!-- saved from url=(0042)https://news.example/ -->\n" + PAGE;

        assertThat(onlyArticle(write(dir, "saved.dat", saved)).format()).isEqualTo(ContentFormat.HTML);
    }

    @Test
    void treatsHtmlExtensionAsHtmlEvenWithoutTags() {
        assertThat(onlyArticle(write(dir, "plain.html", "Only words here.\n")).format())
                .isEqualTo(ContentFormat.HTML);
    }

    @Test
    void keepsTextMentioningTagsAsText() {
        String text = "Court rules on web filter\n\nThe judge said the <p> tag in the filing was irrelevant.\n";

        assertThat(onlyArticle(write(dir, "ruling.txt", text)).format()).isEqualTo(ContentFormat.TEXT);
    }

    @Test
    void keepsTextStartingWithBraceAsText() {
        String text = "{Update} Police said the road is open again.\n";

        RawArticle article = onlyArticle(write(dir, "update.txt", text));

        assertThat(article.format()).isEqualTo(ContentFormat.TEXT);
        assertThat(article.content()).isEqualTo(text);
    }

    @Test
    void readsJsonLinesWithTextAndHtml() {
        Path file = fixture("wire-dump.jsonl");
        List<ReadResult> results = readAll(file);

        assertThat(results).hasSize(2).allMatch(ReadResult.Ok.class::isInstance);
        RawArticle first = ((ReadResult.Ok) results.get(0)).article();
        RawArticle second = ((ReadResult.Ok) results.get(1)).article();
        assertThat(first.input()).isEqualTo(file + ":1");
        assertThat(first.format()).isEqualTo(ContentFormat.TEXT);
        assertThat(first.content()).isEqualTo("Farmers blocked the northern highway with tractors on Friday.");
        assertThat(first.metadata()).isEqualTo(new ArticleMetadata("Farmers block highway",
                "https://news.example/a/1", "Example Daily", null, null, "2022-01-06"));
        assertThat(second.input()).isEqualTo(file + ":3");
        assertThat(second.format()).isEqualTo(ContentFormat.HTML);
        assertThat(second.content()).isEqualTo("<p>The transport minister resigned on Saturday.</p>");
        assertThat(second.metadata()).isEqualTo(new ArticleMetadata("Minister resigns",
                "https://news.example/a/2", null, "newswire.example", "R. Okafor", "2022-01-08T17:45:00Z"));
    }

    @Test
    void detectsJsonLinesWithoutExtension() {
        String lines = "{\"text\": \"Strike ends.\"}\n{\"text\": \"Talks resume.\"}\n";

        List<ReadResult> results = readAll(write(dir, "export", lines));

        assertThat(results).extracting(ReadResult::input).containsExactly(
                dir.resolve("export") + ":1", dir.resolve("export") + ":2");
    }

    @Test
    void readsGzippedHtml() {
        Path file = write(dir, "page.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));

        RawArticle article = onlyArticle(file);

        assertThat(article.format()).isEqualTo(ContentFormat.HTML);
        assertThat(article.content()).isEqualTo(PAGE);
        assertThat(article.input()).isEqualTo(file.toString());
    }

    @Test
    void detectsGzipByMagicBytesNotName() {
        Path file = write(dir, "download.bin", gzip("Ferry service suspended.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(onlyArticle(file).content()).isEqualTo("Ferry service suspended.\n");
    }

    @Test
    void readsGzippedJsonLines() {
        byte[] lines = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8);
        Path file = write(dir, "dump.jsonl.gz", gzip(lines));

        assertThat(readAll(file)).extracting(result -> ((ReadResult.Ok) result).article().content())
                .containsExactly("One.", "Two.");
    }
}
