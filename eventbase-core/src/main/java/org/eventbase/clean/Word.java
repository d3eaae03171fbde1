package org.eventbase.clean;

/**
 * One whitespace-free run of clean text and where it came from.
 * Example: {@code new Word("Bergen", 120)} was copied from raw characters 120..126;
 * {@code new Word("&", -1)} was decoded from an entity and has no exact raw counterpart; in
 * {@code <a>Omar</a>, said} the comma is a word {@code attached} to "Omar": no space goes between them.
 *
 * @param attached true when the word continues the previous one without a space (split only by inline tags)
 */
record Word(String text, int rawStart, boolean attached) {
    static final int NOT_COPIED = -1;

    Word(String text, int rawStart) {
        this(text, rawStart, false);
    }

    boolean copied() {
        return rawStart >= 0;
    }

    int rawEnd() {
        return copied() ? rawStart + text.length() : NOT_COPIED;
    }

    Word attachedToPrevious() {
        return new Word(text, rawStart, true);
    }

    Word detached() {
        return new Word(text, rawStart, false);
    }
}
