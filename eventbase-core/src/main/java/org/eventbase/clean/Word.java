package org.eventbase.clean;

/**
 * One whitespace-free run of clean text and where it came from.
 * Example: {@code new Word("Almaty", 120)} was copied from raw characters 120..126;
 * {@code new Word("&", -1)} was decoded from an entity and has no exact raw counterpart.
 */
record Word(String text, int rawStart) {
    static final int NOT_COPIED = -1;

    boolean copied() {
        return rawStart >= 0;
    }

    int rawEnd() {
        return copied() ? rawStart + text.length() : NOT_COPIED;
    }
}
