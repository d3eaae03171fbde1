package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.eventbase.ingest.Inputs.bytes;
import static org.eventbase.ingest.Inputs.concat;
import static org.eventbase.ingest.Inputs.gzip;
import static org.eventbase.ingest.Inputs.onlyArticle;
import static org.eventbase.ingest.Inputs.onlyFailure;
import static org.eventbase.ingest.Inputs.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InputProblemsTest {
    @TempDir
    Path dir;

    @Test
    void reportsMissingFile() {
        Path missing = dir.resolve("no-such-article.txt");

        ReadResult.Failed failed = onlyFailure(missing);

        assertThat(failed.input()).isEqualTo(missing.toString());
        assertThat(failed.problem()).isEqualTo("no such file or directory; check the path");
        assertThat(failed.message()).isEqualTo(missing + ": no such file or directory; check the path");
    }

    @Test
    void reportsUnreadableFile() throws IOException {
        Path file = write(dir, "secret.txt", "Minutes of the closed meeting.\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as a user who can read anything, such as root").isFalse();

        assertThat(onlyFailure(file).problem())
                .isEqualTo("cannot read (permission denied); check the file's permissions");
    }

    @Test
    void reportsEmptyFile() {
        assertThat(onlyFailure(write(dir, "empty.txt", new byte[0])).problem())
                .isEqualTo("empty file (or only whitespace); add the article text or remove the file");
    }

    @Test
    void reportsWhitespaceOnlyFileAsEmpty() {
        assertThat(onlyFailure(write(dir, "blank.txt", " \n\t\r\n  \n")).problem()).startsWith("empty file");
    }

    @Test
    void reportsBomOnlyFileAsEmpty() {
        assertThat(onlyFailure(write(dir, "bom.txt", bytes(0xEF, 0xBB, 0xBF))).problem()).startsWith("empty file");
    }

    @Test
    void reportsEmptyGzipAsEmpty() {
        assertThat(onlyFailure(write(dir, "nothing.txt.gz", gzip(new byte[0]))).problem()).startsWith("empty file");
    }

    @Test
    void reportsBinaryFileWithNulBytes() {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D), new byte[64]);

        assertThat(onlyFailure(write(dir, "photo.txt", png)).problem())
                .isEqualTo("binary file, not text, HTML or JSONL; convert it to text first");
    }

    @Test
    void reportsBinaryFileFullOfControlCharacters() {
        byte[] noise = new byte[400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }

        assertThat(onlyFailure(write(dir, "noise.dat", noise)).problem()).startsWith("binary file");
    }

    @Test
    void acceptsTextWithAFewControlCharacters() {
        String text = "Page one\fPage two\u0007 end\n";

        assertThat(onlyArticle(write(dir, "pages.txt", text)).content()).isEqualTo(text);
    }

    @Test
    void reportsBinaryInsideGzip() {
        byte[] file = gzip(concat("PK".getBytes(StandardCharsets.US_ASCII), new byte[100]));

        assertThat(onlyFailure(write(dir, "archive.gz", file)).problem()).startsWith("binary file");
    }

    @Test
    void refusesFileAboveLimit() {
        Path file = write(dir, "long.txt", "x".repeat(2000));

        ReadResult.Failed failed = onlyFailure(file, new ReadLimits(1024));

        assertThat(failed.problem())
                .isEqualTo("file is 2.0 KiB, above the limit of 1 KiB; raise the limit with --max-bytes");
    }

    @Test
    void acceptsFileExactlyAtLimit() {
        Path file = write(dir, "exact.txt", "y".repeat(1024));

        assertThat(Inputs.readAll(file, new ReadLimits(1024))).singleElement().isInstanceOf(ReadResult.Ok.class);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesHugeFileWithoutReadingIt() throws IOException {
        Path file = write(dir, "huge.txt", "Headline\n\nA story that goes on and on.\n");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(8L * 1024 * 1024 * 1024);
        }

        ReadResult.Failed failed = onlyFailure(file);

        assertThat(failed.problem())
                .isEqualTo("file is 8 GiB, above the limit of 20 MiB; raise the limit with --max-bytes");
    }

    @Test
    void refusesGzipThatDecompressesAboveLimit() {
        byte[] text = new byte[5000];
        Arrays.fill(text, (byte) 'z');
        Path file = write(dir, "bomb.txt.gz", gzip(text));

        assertThat(onlyFailure(file, new ReadLimits(4096)).problem())
                .isEqualTo("decompressed content is above the limit of 4 KiB; raise the limit with --max-bytes");
    }

    @Test
    void reportsTruncatedGzip() {
        byte[] whole = gzip("Talks collapse in Ardentown after a week of negotiations.\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));

        assertThat(onlyFailure(file).problem())
                .startsWith("corrupt gzip data (")
                .endsWith("); re-download or re-compress the file");
    }

    @Test
    void reportsGzipWithGarbageData() {
        byte[] header = bytes(0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF);
        byte[] garbage = new byte[200];
        Arrays.fill(garbage, (byte) 0xFF);

        assertThat(onlyFailure(write(dir, "junk.gz", concat(header, garbage))).problem())
                .startsWith("corrupt gzip data");
    }

    @Test
    void reportsDirectoryWithoutArticleFiles() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        ReadResult.Failed failed = onlyFailure(empty);

        assertThat(failed.input()).isEqualTo(empty.toString());
        assertThat(failed.problem())
                .isEqualTo("directory has no article files (text, HTML, JSONL, or .gz); check the path");
    }
}
