package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files (web archives): each HTML page of a response record becomes an article; everything else is skipped. */
class WarcReadingTest {
    private static final String PAGE = "<html><head><title>Ferry crews strike in Bergen</title></head><body>"
            + "<article><p>Ferry crews in Bergen stopped work on Monday over pay, the union said.</p></article>"
            + "</body></html>";

    @TempDir
    Path dir;

    private Path warc(String name, WarcCompression compression, WarcResponse... records) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcResponse record : records) {
                writer.write(record);
            }
        }
        return file;
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    private List<ReadResult> read(Path file) {
        try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(file)) {
            return results.toList();
        }
    }

    @Test
    void readsTheHtmlPagesOfAGzippedWarcWithTheirUrlsAndSkipsTheRest() throws IOException {
        Path file = warc("crawl.warc.gz", WarcCompression.GZIP,
                response("https://news.example/robots.txt", 200, MediaType.PLAIN_TEXT, "User-agent: *"),
                response("https://news.example/bergen-ferries", 200, MediaType.HTML_UTF8, PAGE),
                response("https://news.example/old", 301, MediaType.HTML, "<html>moved</html>"),
                response("https://news.example/oslo", 200, MediaType.HTML, PAGE.replace("Bergen", "Oslo")));

        List<ReadResult> results = read(file);

        assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Ok);
        RawArticle first = ((ReadResult.Ok) results.get(0)).article();
        assertThat(first.input()).isEqualTo(file + ":2");
        assertThat(first.format()).isEqualTo(ContentFormat.HTML);
        assertThat(first.metadata().url()).isEqualTo("https://news.example/bergen-ferries");
        assertThat(first.content()).contains("Ferry crews in Bergen stopped work");
        assertThat(((ReadResult.Ok) results.get(1)).article().input()).isEqualTo(file + ":4");
    }

    @Test
    void readsAnUncompressedWarc() throws IOException {
        Path file = warc("crawl.warc", WarcCompression.NONE,
                response("https://news.example/bergen-ferries", 200, MediaType.HTML, PAGE));
        assertThat(read(file)).singleElement().isInstanceOf(ReadResult.Ok.class);
    }

    @Test
    void aWarcWithoutHtmlPagesIsOneFailureNamingTheFile() throws IOException {
        Path file = warc("images.warc.gz", WarcCompression.GZIP,
                response("https://news.example/logo.txt", 200, MediaType.PLAIN_TEXT, "logo"));
        assertThat(read(file)).singleElement().isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.message()).startsWith(file + ": WARC file without any HTML page"));
    }
}
