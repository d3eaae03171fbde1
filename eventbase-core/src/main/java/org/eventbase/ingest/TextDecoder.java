package org.eventbase.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jsoup.helper.DataUtil;

/**
 * Turns a file's bytes into text, choosing the encoding in this order: a byte order mark (UTF-8, UTF-16 LE/BE);
 * for HTML, a declared {@code <meta charset>} or http-equiv content type; valid UTF-8; otherwise Windows-1252,
 * which also decodes printable ISO-8859-1. The BOM is dropped; line endings are kept exactly.
 * Example: the bytes {@code 93 48 69 94} decode to {@code “Hi”}.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The text of {@code bytes}; {@code html} also honours a charset the page declares. */
    public static String decode(byte[] bytes, boolean html) {
        Optional<ByteOrderMark> mark = ByteOrderMark.at(bytes);
        if (mark.isPresent()) {
            return new String(bytes, mark.get().length(), bytes.length - mark.get().length(), mark.get().charset());
        }
        if (html) {
            Optional<Charset> declared = declaredHtmlCharset(bytes);
            if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
                return new String(bytes, declared.get());
            }
        }
        return utf8OrWindows1252(bytes);
    }

    /** Strict UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise; for one JSONL line. */
    static String utf8OrWindows1252(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * The charset an HTML page declares near its start, as jsoup finds it. jsoup reports UTF-8 both when a page
     * declares it and when it declares nothing, which is fine here: UTF-8 is checked strictly either way.
     * ISO-8859-1 and US-ASCII labels mean Windows-1252, as browsers read them (WHATWG Encoding Standard).
     */
    static Optional<Charset> declaredHtmlCharset(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, BinaryContent.SAMPLE_BYTES));
        Charset charset;
        try {
            charset = DataUtil.load(new ByteArrayInputStream(head), null, "").charset();
        } catch (IOException fromMemoryStream) {
            throw new UncheckedIOException(fromMemoryStream);
        } catch (IllegalArgumentException badCharsetName) {
            return Optional.empty();
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return Optional.of(WINDOWS_1252);
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            // Without a BOM the page was readable as ASCII, so it is not UTF-16; browsers read it as UTF-8.
            return Optional.of(StandardCharsets.UTF_8);
        }
        return Optional.of(charset);
    }
}
