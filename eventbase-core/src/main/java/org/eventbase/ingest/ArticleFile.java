package org.eventbase.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;

/**
 * The articles in one file, read lazily: nothing is opened until the first result is asked for, a text or HTML
 * file gives one result, and a JSON Lines file gives one result per non-blank line, streamed. Gzip is detected
 * by its magic bytes and decompressed first; a {@code .json} file holding one pretty-printed object gives one
 * article; a WARC file (web archive) gives one HTML article per page it holds ({@link WarcPages}).
 * Example: {@code page.html.gz} gives one HTML article named
 * {@code page.html.gz}; {@code dump.jsonl} gives {@code dump.jsonl:1}, {@code dump.jsonl:2}, ...
 */
final class ArticleFile implements Iterator<ReadResult>, Closeable {
    private static final int GZIP_MAGIC_1 = 0x1F;
    private static final int GZIP_MAGIC_2 = 0x8B;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path path;
    private final ArticleInputs.Opener opener;
    private final long knownSize;
    private final String input;
    private final ReadLimits limits;
    private boolean started;
    private InputStream stream;
    private BoundedLines lines;
    private WarcPages warc;
    private long articleLines;
    private ReadResult pending;

    ArticleFile(Path path, ReadLimits limits) {
        this.path = path;
        this.opener = null;
        this.knownSize = -1;
        this.input = path.toString();
        this.limits = limits;
    }

    /** A file on any filesystem (e.g. HDFS or S3 through Hadoop), named {@code input}, opened by {@code opener}. */
    ArticleFile(String input, long size, ArticleInputs.Opener opener, ReadLimits limits) {
        this.path = null;
        this.opener = opener;
        this.knownSize = size;
        this.input = input;
        this.limits = limits;
    }

    @Override
    public boolean hasNext() {
        if (!started) {
            started = true;
            pending = guarded(this::start);
        }
        if (pending == null && lines != null) {
            pending = guarded(this::nextLine);
        }
        if (pending == null && warc != null) {
            pending = guarded(this::nextPage);
        }
        return pending != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException(input);
        }
        ReadResult result = pending;
        pending = null;
        return result;
    }

    @Override
    public void close() {
        lines = null;
        if (warc != null) {
            try {
                warc.close();
            } catch (IOException ignored) {
                // Nothing was written, so nothing can be lost by a failed close.
            }
            warc = null;
        }
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // Nothing was written, so nothing can be lost by a failed close.
            }
            stream = null;
        }
    }

    /** Opens the file and either reads it whole or sets up {@link #lines}; returns the first result or null. */
    private ReadResult start() throws IOException {
        if (path != null) {
            if (!Files.exists(path)) {
                return failed(ReadProblems.notFound());
            }
            if (!Files.isReadable(path)) {
                return failed(ReadProblems.notReadable());
            }
            if (!Files.isRegularFile(path)) {
                return failed(ReadProblems.ioError("not a regular file"));
            }
        }
        long size = path != null ? Files.size(path) : knownSize;
        if (size == 0) {
            return failed(ReadProblems.emptyFile());
        }
        stream = new BufferedInputStream(path != null ? Files.newInputStream(path) : opener.open(), BUFFER_BYTES);
        boolean gzip = startsWithGzipMagic(stream);
        if (gzip) {
            stream = new BufferedInputStream(new GZIPInputStream(stream, BUFFER_BYTES), BUFFER_BYTES);
        }
        byte[] sample = sample(stream);
        if (sample.length == 0) {
            return failed(ReadProblems.emptyFile());
        }
        Optional<ByteOrderMark> mark = ByteOrderMark.at(sample);
        String start = sampleText(sample, mark);
        if (WarcPages.isWarc(start)) {
            warc = new WarcPages(stream, input, limits);
            return nextPage();
        }
        InputFormat format = InputFormat.detect(nameWithoutGz(gzip), start);
        // JSON Lines are streamed, so only their lines are limited; any other file is refused whole.
        if (format != InputFormat.JSON_LINES && size > limits.maxBytes()) {
            return failed(ReadProblems.fileTooLarge(size, limits));
        }
        if (BinaryContent.looksBinary(sample)) {
            return failed(ReadProblems.binaryFile());
        }
        if (format == InputFormat.TEXT && InputFormat.isXmlDocument(start)) {
            return failed(ReadProblems.xmlNotArticle());
        }
        if (format == InputFormat.JSON_LINES) {
            return startLines(mark, start);
        }
        byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            return failed(ReadProblems.decompressedTooLarge(limits));
        }
        close();
        String content = TextDecoder.decode(bytes, format == InputFormat.HTML);
        if (content.isBlank()) {
            return failed(ReadProblems.emptyFile());
        }
        if (format == InputFormat.JSON_DOCUMENT) {
            return wholeJson(content);
        }
        ContentFormat contentFormat = format == InputFormat.HTML ? ContentFormat.HTML : ContentFormat.TEXT;
        return new ReadResult.Ok(new RawArticle(input, contentFormat, content, null));
    }

    private ReadResult wholeJson(String content) {
        if (content.stripLeading().startsWith("[")) {
            return failed(ReadProblems.jsonArray());
        }
        return JsonArticle.parse(input, content, ReadProblems::malformedJson);
    }

    private ReadResult startLines(Optional<ByteOrderMark> mark, String start) throws IOException {
        if (mark.isPresent() && mark.get().isUtf16()) {
            return failed(ReadProblems.utf16JsonLines());
        }
        if (start.stripLeading().startsWith("[")) {
            return failed(ReadProblems.jsonArray());
        }
        if (mark.isPresent()) {
            stream.skipNBytes(mark.get().length());
        }
        lines = new BoundedLines(stream, limits.maxBytes());
        return nextLine();
    }

    /** The next non-blank line's result, or null (and the file closed) at the end. */
    private ReadResult nextLine() throws IOException {
        BoundedLines.Line line;
        while ((line = lines.next()) != null) {
            String lineInput = input + ":" + line.number();
            if (line.overlong()) {
                articleLines++;
                return new ReadResult.Failed(lineInput, ReadProblems.lineTooLarge(line.number(), limits));
            }
            String text = TextDecoder.utf8OrWindows1252(line.bytes());
            if (!text.isBlank()) {
                articleLines++;
                long number = line.number();
                return JsonArticle.parse(lineInput, text, reason -> ReadProblems.malformedJsonLine(number, reason));
            }
        }
        close();
        return articleLines == 0 ? failed(ReadProblems.emptyFile()) : null;
    }

    /** The next HTML page of a WARC file, or null (and the file closed) at the end. */
    private ReadResult nextPage() throws IOException {
        ReadResult page = warc.next();
        if (page == null) {
            long pages = warc.pages();
            close();
            return pages == 0 ? failed(ReadProblems.noHtmlInWarc()) : null;
        }
        return page;
    }

    /** Runs a step, turning I/O problems into a result for the whole file and closing it. */
    private ReadResult guarded(IoStep step) {
        try {
            ReadResult result = step.run();
            if (result instanceof ReadResult.Failed && lines == null && warc == null) {
                close();
            }
            return result;
        } catch (ZipException | EOFException corrupt) {
            close();
            return failed(ReadProblems.corruptGzip(corrupt.getMessage()));
        } catch (NoSuchFileException gone) {
            close();
            return failed(ReadProblems.notFound());
        } catch (AccessDeniedException denied) {
            close();
            return failed(ReadProblems.notReadable());
        } catch (IOException | UncheckedIOException other) {
            close();
            return failed(ReadProblems.ioError(other.getMessage()));
        }
    }

    private ReadResult.Failed failed(String problem) {
        return new ReadResult.Failed(input, problem);
    }

    private String nameWithoutGz(boolean gzip) {
        String name = path != null ? (path.getFileName() == null ? "" : path.getFileName().toString())
                : input.substring(input.lastIndexOf('/') + 1);
        if (gzip && InputFormat.extensionOf(name).equals("gz")) {
            return name.substring(0, name.length() - ".gz".length());
        }
        return name;
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
    }

    private static byte[] sample(InputStream in) throws IOException {
        in.mark(BinaryContent.SAMPLE_BYTES + 1);
        byte[] sample = in.readNBytes(BinaryContent.SAMPLE_BYTES);
        in.reset();
        return sample;
    }

    /** The sample as text, for format detection only: an invalid byte at the cut does not matter here. */
    private static String sampleText(byte[] sample, Optional<ByteOrderMark> mark) {
        if (mark.isPresent()) {
            int skip = mark.get().length();
            return new String(sample, skip, sample.length - skip, mark.get().charset());
        }
        return new String(sample, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface IoStep {
        ReadResult run() throws IOException;
    }
}
