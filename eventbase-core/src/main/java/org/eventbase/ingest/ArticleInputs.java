package org.eventbase.ingest;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from the files a user names: a text, HTML or JSON Lines file, or a WARC web archive (each
 * optionally gzipped), or a directory of them. The format is detected from the content, not only the extension, and the encoding from a
 * BOM, a declared HTML charset, or the bytes themselves. Problems with the input never throw: they come out as
 * {@link ReadResult.Failed} results, one per bad file or JSONL line, and reading goes on.
 * Example:
 * <pre>{@code
 * try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(Path.of("news/"))) {
 *     results.forEach(result -> ...);
 * }
 * }</pre>
 */
public final class ArticleInputs {
    private final ReadLimits limits;

    public ArticleInputs(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a file or a directory (every supported file in it, recursively, in sorted path order). Never throws
     * for a user's bad input: problems become {@link ReadResult.Failed} results. Lazy, with bounded memory even
     * for big JSONL files; the caller closes the stream, which closes any open file.
     */
    public Stream<ReadResult> read(Path path) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return lazily(ArticleDirectory.of(path, limits));
        }
        return lazily(new ArticleFile(path, limits));
    }

    /**
     * Reads one file that is not on the local filesystem, e.g. a Hadoop {@code PortableDataStream}: the same
     * detection, limits and failures as {@link #read(Path)}. {@code input} names it in results and errors (e.g.
     * {@code hdfs://nn/news/dump.jsonl}, giving {@code hdfs://nn/news/dump.jsonl:3} per line), {@code size} is its
     * length in bytes (-1 when unknown: only the bytes actually read are then limited), and {@code opener}
     * opens it once, when the first result is asked for.
     * Example: {@code inputs.read("s3a://bucket/a.warc.gz", 1234, () -> fs.open(path))}.
     */
    public Stream<ReadResult> read(String input, long size, Opener opener) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(opener, "opener");
        return lazily(new ArticleFile(input, size, opener, limits));
    }

    /** Opens a file's bytes. Example: {@code () -> Files.newInputStream(path)}. */
    @FunctionalInterface
    public interface Opener {
        java.io.InputStream open() throws java.io.IOException;
    }

    private static <T extends Iterator<ReadResult> & Closeable> Stream<ReadResult> lazily(T results) {
        Spliterator<ReadResult> spliterator = Spliterators.spliteratorUnknownSize(
                results, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).map(NulCharacters::refuse).onClose(() -> {
            try {
                results.close();
            } catch (java.io.IOException ignored) {
                // Files are only read, so a failed close loses nothing.
            }
        });
    }
}
