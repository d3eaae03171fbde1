package org.eventbase.time;

import java.util.regex.Pattern;

/**
 * Tells whether the words of a sentence before a time expression speak of the future, so that a bare weekday or
 * month points forward. Only the words before count: in "Police said on Monday that talks will resume", Monday
 * is past. Example: "Talks will resume on" is future; "Talks resumed on" is not. Thread-safe.
 */
final class FutureTense {
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|won't|shall|'ll|would|could|might|(?:is|are|was|were) (?:due|set|scheduled|expected"
                    + "|planning|going|to)|(?:hope|hoped|hopes|plan|plans|planned|expect|expects|expected|aim|aims"
                    + "|aimed|intend|intends|intended|promised|vowed|threatened) to|as early as|as soon as)\\b",
            Pattern.CASE_INSENSITIVE);

    private FutureTense() {}

    static boolean before(CharSequence sentenceUpToExpression) {
        return FUTURE.matcher(sentenceUpToExpression).find();
    }
}
