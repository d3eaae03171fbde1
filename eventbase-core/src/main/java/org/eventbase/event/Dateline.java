package org.eventbase.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.Token;

/**
 * Finds a wire-style dateline at the start of a sentence, so that actor phrases do not swallow it.
 * Example: in "QUITO, April 23 (APW) - Rebels signed …" the dateline is "QUITO, April 23 (APW) - " and the first
 * token after it is "Rebels".
 */
final class Dateline {
    /** An upper-case place, optionally a comma and a date or country, an agency in brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}(,[^\\n()]{0,60})?\\s*\\([^()\\n]{1,30}\\)\\s*[-–—]+\\s*");

    private Dateline() {}

    /**
     * The index of the first token after a dateline opening the sentence of {@code tokens}, or 0 when it opens
     * with none.
     */
    static int firstTokenAfter(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        int start = tokens.get(0).start();
        int end = Math.min(text.length(), start + 120);
        Matcher m = DATELINE.matcher(text.substring(start, end));
        if (!m.find()) {
            return 0;
        }
        int after = start + m.end();
        for (Token t : tokens) {
            if (t.start() >= after) {
                return t.index();
            }
        }
        return 0;
    }
}
