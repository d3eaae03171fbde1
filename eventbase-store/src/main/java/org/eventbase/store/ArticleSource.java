package org.eventbase.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.RawArticle;

/**
 * The raw input an article was extracted from, as stored so that it can be extracted again after a pipeline
 * upgrade, and the hash that makes ingest idempotent.
 * Example: {@code ArticleSource.of(raw).contentHash()} is the same for the same bytes and metadata read from any path.
 *
 * @param contentHash SHA-256 (hex) over the format, the decoded content and the input's metadata, not its path
 */
public record ArticleSource(RawArticle raw, String contentHash) {
    public static ArticleSource of(RawArticle raw) {
        return new ArticleSource(raw, hash(raw));
    }

    static String hash(RawArticle raw) {
        ArticleMetadata m = raw.metadata();
        StringBuilder key = new StringBuilder()
                .append(raw.format()).append('\u0000');
        for (String field : new String[] {m.title(), m.url(), m.publisher(), m.syndicator(), m.byline(), m.published()}) {
            key.append(field == null ? "\u0001" : field).append('\u0000');
        }
        key.append(raw.content());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
