package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.ingest.Inputs.onlyArticle;
import static org.eventbase.ingest.Inputs.onlyFailure;
import static org.eventbase.ingest.Inputs.readAll;
import static org.eventbase.ingest.Inputs.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.model.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the bad-input corpus found readers letting through: NUL characters, XML feeds, huge metadata. */
class MalformedContentTest {
    private static final String ARTICLE = "Dock workers march in Ostbridge\n\nAbout 400 dock workers marched to the "
            + "town hall in Ostbridge on Monday to demand higher pay, the union said.\n";

    @TempDir
    Path dir;

    @Test
    void refusesATextFileWithANulByteBeyondTheBinarySample() {
        String text = ARTICLE + "More of the report follows here. ".repeat(400);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 10] = 0;

        ReadResult.Failed failed = onlyFailure(write(dir, "late-nul.txt", bytes));

        assertThat(failed.problem()).isEqualTo("NUL character at character " + (bytes.length - 10)
                + ", which text never holds; the file is binary or corrupt");
    }

    @Test
    void refusesAJsonLineWhoseTextHoldsAnEscapedNul() {
        Path file = write(dir, "dump.jsonl", "{\"text\": \"Crews walked out\\u0000 on Monday.\"}\n"
                + "{\"text\": \"Crews walked out on Monday.\"}\n");

        List<ReadResult> results = readAll(file);

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isEqualTo(new ReadResult.Failed(file + ":1",
                "NUL character at character 16, which text never holds; the file is binary or corrupt"));
        assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
    }

    @Test
    void refusesAnAtomFeedFileInsteadOfStoringItsMarkupAsText() {
        Path feed = write(dir, "atom.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\""
                + "http://www.w3.org/2005/Atom\"><entry><title>Port strike</title></entry></feed>\n");

        assertThat(onlyFailure(feed).problem()).startsWith("an XML document (such as an RSS or Atom feed)");
    }

    @Test
    void refusesAnRssFeedWithoutAnXmlDeclaration() {
        Path feed = write(dir, "news.rss", "<rss version=\"2.0\"><channel><item><title>Port strike</title></item>"
                + "</channel></rss>");

        assertThat(onlyFailure(feed).problem()).startsWith("an XML document");
    }

    @Test
    void stillReadsAnXhtmlPageWithAnXmlDeclarationAsHtml() {
        Path page = write(dir, "page.xhtml.txt", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><body><p>"
                + "Crews walked out on Monday.</p></body></html>");

        assertThat(onlyArticle(page).format()).isEqualTo(ContentFormat.HTML);
    }

    @Test
    void refusesAJsonLineWithAHugeTitle() {
        Path file = write(dir, "dump.jsonl", "{\"title\": \"" + "t".repeat(20_000) + "\", \"text\": \"Crews walked.\"}\n");

        assertThat(onlyFailure(file)).isEqualTo(new ReadResult.Failed(file + ":1",
                "field \"title\" is 20,000 characters, more than the 10,000 it may have"));
    }
}
