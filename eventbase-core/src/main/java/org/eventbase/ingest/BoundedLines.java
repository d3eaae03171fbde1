package org.eventbase.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (on {@code \n}, dropping a trailing {@code \r}) without ever holding more than
 * {@code maxBytes} of one line: a longer line is skipped and reported as {@link Line#overlong()}. Works on bytes
 * so that each line can be decoded on its own (UTF-8, or Windows-1252 when it is not valid UTF-8).
 * Example: {@code "a\r\nb"} gives line 1 {@code a} and line 2 {@code b}.
 *
 * <p>Hand-written rather than {@code BufferedReader.readLine()}, which buffers a line of any length in memory.
 */
final class BoundedLines {
    private static final int CHUNK = 64 * 1024;

    /** One line's bytes without the line end, or {@code overlong} with no bytes. Numbers start at 1. */
    record Line(long number, byte[] bytes, boolean overlong) {
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkStart;
    private int chunkEnd;
    private long lineNumber;
    private boolean ended;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean sawAnyByte = false;
        while (true) {
            if (chunkStart == chunkEnd && !fill()) {
                ended = true;
                if (!sawAnyByte) {
                    return null;
                }
                return finish(line, length);
            }
            sawAnyByte = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? chunkEnd : newline;
            int count = end - chunkStart;
            if (length + count <= maxBytes + 1) {
                // Keep one byte beyond the limit so that a line of exactly maxBytes plus '\r' is not overlong.
                line.write(chunk, chunkStart, count);
            }
            length += count;
            chunkStart = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                return finish(line, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        lineNumber++;
        byte[] bytes = line.toByteArray();
        boolean carriageReturn = length > 0 && length == bytes.length && bytes[bytes.length - 1] == '\r';
        long contentLength = carriageReturn ? length - 1 : length;
        if (contentLength > maxBytes) {
            return new Line(lineNumber, new byte[0], true);
        }
        if (carriageReturn) {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(lineNumber, bytes, false);
    }

    private int indexOfNewline() {
        for (int i = chunkStart; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        if (read <= 0) {
            return false;
        }
        chunkStart = 0;
        chunkEnd = read;
        return true;
    }
}
