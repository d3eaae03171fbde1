package org.eventbase.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.eventbase.model.RawArticle;

/** Test shorthands: read an input to a list, take its only article or failure, write fixture bytes. */
final class Inputs {
    private Inputs() {
    }

    static List<ReadResult> readAll(Path path) {
        return readAll(path, ReadLimits.defaults());
    }

    static List<ReadResult> readAll(Path path, ReadLimits limits) {
        try (Stream<ReadResult> results = new ArticleInputs(limits).read(path)) {
            return results.toList();
        }
    }

    static RawArticle onlyArticle(Path path) {
        List<ReadResult> results = readAll(path);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
        return ((ReadResult.Ok) results.get(0)).article();
    }

    static ReadResult.Failed onlyFailure(Path path) {
        return onlyFailure(path, ReadLimits.defaults());
    }

    static ReadResult.Failed onlyFailure(Path path, ReadLimits limits) {
        List<ReadResult> results = readAll(path, limits);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Failed.class);
        return (ReadResult.Failed) results.get(0);
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String utf8) {
        return write(dir, name, utf8.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A fixture file next to the tests, under {@code org/eventbase/ingest/}. */
    static Path fixture(String name) {
        try {
            return Path.of(Inputs.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
