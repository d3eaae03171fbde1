package org.eventbase.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte order mark at the start of a file, which fixes its encoding. Example: {@code EF BB BF} is {@link #UTF_8}. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    /** The mark that {@code data} starts with, if any. */
    static Optional<ByteOrderMark> at(byte[] data) {
        for (ByteOrderMark mark : values()) {
            if (mark.startsOf(data)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    boolean isUtf16() {
        return this != UTF_8;
    }

    private boolean startsOf(byte[] data) {
        if (data.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((data[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
