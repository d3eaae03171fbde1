package org.eventbase.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells binary files (images, PDFs, archives, executables) from text by the first bytes: text has no NUL
 * characters and almost no control characters. UTF-16 text, which is full of NUL bytes, is judged by its
 * decoded characters. Example: {@code BinaryContent.looksBinary("%PDF-1.7\n\0\0...".getBytes())} is true.
 *
 * <p>Hand-written rather than taken from Apache Tika: Tika's detector pulls in a large dependency tree for
 * what is here a dozen lines.
 */
final class BinaryContent {
    /** How much of a file is inspected. */
    static final int SAMPLE_BYTES = 8 * 1024;
    /** Share of control characters above which a sample counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private BinaryContent() {
    }

    static boolean looksBinary(byte[] sample) {
        Optional<ByteOrderMark> mark = ByteOrderMark.at(sample);
        if (mark.isPresent() && mark.get().isUtf16()) {
            int end = sample.length - ((sample.length - mark.get().length()) % 2);
            byte[] body = Arrays.copyOfRange(sample, mark.get().length(), end);
            return looksBinary(new String(body, mark.get().charset()));
        }
        // ISO-8859-1 maps each byte to one char, so control bytes stay control chars.
        return looksBinary(new String(sample, StandardCharsets.ISO_8859_1));
    }

    private static boolean looksBinary(String sample) {
        int controls = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return !sample.isEmpty() && controls > sample.length() * MAX_CONTROL_SHARE;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
}
