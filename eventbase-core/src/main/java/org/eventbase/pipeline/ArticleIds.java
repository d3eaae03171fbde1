package org.eventbase.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: the first 16 hex digits of SHA-256 over the whitespace-normalised text and the URL, so the
 * same article read twice, or from a file with other line endings, gets the same id.
 * Example: {@code ArticleIds.of("Text …", "https://example.org/a")} → {@code "a3f0c2…"}.
 */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(String text, String url) {
        String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String key = normalised + "\n" + (url == null ? "" : url.strip());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
