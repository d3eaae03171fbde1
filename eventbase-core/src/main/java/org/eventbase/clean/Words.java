package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Word}s at whitespace, keeping raw positions.
 * Example: {@code Words.copiedFrom("a  b", 0, 4)} is {@code [a@0, b@3]}.
 */
final class Words {
    private Words() {}

    /** The words of {@code raw[start, end)}, each copied verbatim. */
    static List<Word> copiedFrom(String raw, int start, int end) {
        List<Word> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && isSpace(raw.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < end && !isSpace(raw.charAt(i))) {
                i++;
            }
            if (i > wordStart) {
                words.add(new Word(raw.substring(wordStart, i), wordStart));
            }
        }
        return words;
    }

    /**
     * The words of {@code decoded}, a text that came from {@code raw[start, end)} possibly with entities decoded.
     * Each word found verbatim in order in the raw range keeps its position; others are marked not copied.
     */
    static List<Word> decodedFrom(String decoded, String raw, int start, int end) {
        List<Word> words = new ArrayList<>();
        int cursor = Math.max(0, start);
        int limit = Math.min(end, raw.length());
        for (Word word : copiedFrom(decoded, 0, decoded.length())) {
            int at = start >= 0 ? indexWithin(raw, word.text(), cursor, limit) : -1;
            if (at >= 0) {
                words.add(new Word(word.text(), at));
                cursor = at + word.text().length();
            } else {
                words.add(new Word(word.text(), Word.NOT_COPIED));
            }
        }
        return words;
    }

    private static int indexWithin(String raw, String needle, int from, int limit) {
        int at = raw.indexOf(needle, from);
        return at >= 0 && at + needle.length() <= limit ? at : -1;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }
}
