package org.eventbase.ingest;

import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.RawArticle;

/**
 * Refuses articles that hold a NUL character anywhere (in the content or a metadata field): text never does, so a
 * NUL means a binary or corrupt file, and PostgreSQL cannot store one in a text column. The binary-file check looks
 * at a file's first 8 KiB only; this catches a NUL further on, or one written as {@code \u0000} in JSON.
 * Example: a text file with a NUL byte at 10 KB becomes a failure "NUL character at character 10240; …".
 */
final class NulCharacters {
    private NulCharacters() {
    }

    /** The result unchanged, or a failure when its article holds a NUL character. */
    static ReadResult refuse(ReadResult result) {
        if (!(result instanceof ReadResult.Ok ok)) {
            return result;
        }
        RawArticle raw = ok.article();
        int at = indexOfNul(raw.content());
        if (at >= 0) {
            return new ReadResult.Failed(raw.input(), ReadProblems.nulCharacter(at));
        }
        ArticleMetadata m = raw.metadata();
        for (String field : new String[] {m.title(), m.url(), m.publisher(), m.syndicator(), m.byline(), m.published()}) {
            if (indexOfNul(field) >= 0) {
                return new ReadResult.Failed(raw.input(), ReadProblems.nulInMetadata());
            }
        }
        return result;
    }

    private static int indexOfNul(String text) {
        return text == null ? -1 : text.indexOf('\u0000');
    }
}
