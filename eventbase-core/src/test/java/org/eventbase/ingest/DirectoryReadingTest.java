package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.ingest.Inputs.gzip;
import static org.eventbase.ingest.Inputs.onlyFailure;
import static org.eventbase.ingest.Inputs.readAll;
import static org.eventbase.ingest.Inputs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryReadingTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFileRecursivelyInSortedPathOrder() {
        write(dir, "news/b.txt", "Bus drivers strike.\n");
        write(dir, "news/a/y/z.txt", "Water rationing begins.\n");
        write(dir, "news/a/x.html", "<p>Polls close at eight.</p>");
        write(dir, "news/a.txt", "Storm warning issued.\n");
        write(dir, "news/c.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        write(dir, "news/d.html.gz", gzip("<p>Vote recount.</p>".getBytes(StandardCharsets.UTF_8)));
        Path news = dir.resolve("news");

        List<ReadResult> results = readAll(news);

        assertThat(results).allMatch(ReadResult.Ok.class::isInstance).extracting(ReadResult::input).containsExactly(
                news.resolve("a.txt").toString(),
                news.resolve("a/x.html").toString(),
                news.resolve("a/y/z.txt").toString(),
                news.resolve("b.txt").toString(),
                news.resolve("c.jsonl") + ":1",
                news.resolve("c.jsonl") + ":2",
                news.resolve("d.html.gz").toString());
    }

    @Test
    void namesFilesByThePathAsGiven() throws IOException {
        write(dir, "in/story.txt", "Harvest festival cancelled.\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("in"));

        assertThat(readAll(relative)).extracting(ReadResult::input)
                .containsExactly(relative.resolve("story.txt").toString());
    }

    @Test
    void skipsHiddenFilesAndDirectories() {
        write(dir, ".cache/old.txt", "Stale.\n");
        write(dir, ".notes.txt", "Private.\n");
        write(dir, "visible.txt", "Public.\n");

        assertThat(readAll(dir)).extracting(ReadResult::input).containsExactly(dir.resolve("visible.txt").toString());
    }

    @Test
    void skipsImagesAndPageAssetsButReportsOtherBinaries() {
        write(dir, "page.html", "<p>Museum reopens.</p>");
        write(dir, "page_files/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        write(dir, "page_files/site.css", "body { color: red; }");
        write(dir, "page_files/app.js", "console.log(1);");
        write(dir, "report.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 0, 0, 1, 2});

        List<ReadResult> results = readAll(dir);

        assertThat(results).extracting(ReadResult::input).containsExactly(
                dir.resolve("page.html").toString(), dir.resolve("report.pdf").toString());
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class,
                failed -> assertThat(failed.problem()).startsWith("binary file"));
    }

    @Test
    void reportsEachBadFileAndReadsTheRest() {
        write(dir, "1.txt", "First story.\n");
        write(dir, "2.txt", "");
        write(dir, "3.txt", "Third story.\n");

        assertThat(readAll(dir)).extracting(result -> result.getClass().getSimpleName())
                .containsExactly("Ok", "Failed", "Ok");
    }

    @Test
    void reportsDirectoryWithOnlySkippedFiles() {
        write(dir, "photo.jpg", new byte[] {1, 2, 3});
        write(dir, ".hidden.txt", "Secret.\n");

        ReadResult.Failed failed = onlyFailure(dir);

        assertThat(failed.input()).isEqualTo(dir.toString());
        assertThat(failed.problem()).startsWith("directory has no article files");
    }

    @Test
    void readsEachFileOnlyWhenReached() throws IOException {
        write(dir, "a.txt", "First.\n");
        Path later = write(dir, "b.txt", "Removed before it is reached.\n");

        try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(dir)) {
            Iterator<ReadResult> iterator = results.iterator();
            assertThat(iterator.next()).isInstanceOf(ReadResult.Ok.class);
            Files.delete(later);
            assertThat(iterator.next()).isInstanceOfSatisfying(ReadResult.Failed.class,
                    failed -> assertThat(failed.message()).isEqualTo(later + ": no such file or directory; check the path"));
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void readsADirectoryFoundInsideTheGivenOne() throws IOException {
        Files.createDirectories(dir.resolve("empty-sub"));
        write(dir, "sub/story.txt", "Ceasefire holds.\n");

        assertThat(readAll(dir)).extracting(ReadResult::input).containsExactly(dir.resolve("sub/story.txt").toString());
    }

    @Test
    void followsSymbolicLinksToDirectories() throws IOException {
        write(dir, "archive/2022/story.txt", "Bridge toll abolished.\n");
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("archive"));

        assertThat(readAll(linked)).extracting(ReadResult::input)
                .containsExactly(linked.resolve("2022/story.txt").toString());
    }

    @Test
    void reportsSymbolicLinkLoopAndReadsTheRest() throws IOException {
        write(dir, "news/story.txt", "Dam inspection ordered.\n");
        Path loop = Files.createSymbolicLink(dir.resolve("news/again"), dir.resolve("news"));

        List<ReadResult> results = readAll(dir.resolve("news"));

        assertThat(results).extracting(ReadResult::input).containsExactly(
                loop.toString(), dir.resolve("news/story.txt").toString());
        assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Failed.class, failed -> assertThat(failed.problem())
                .startsWith("symbolic link loop"));
    }
}
