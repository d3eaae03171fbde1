package org.eventbase.clean;

import java.util.List;

/**
 * A paragraph candidate: a line of a text file or a block element of a page, as words with raw positions.
 * Example: the raw line {@code "  Photo:  Jane Roe/AP"} at offset 40 is the block
 * {@code [Photo:@42, Jane@49, Roe/AP@54]} spanning raw 42..60.
 *
 * @param heading true when the block is a heading element (h1..h6) on a page
 */
record Block(List<Word> words, int rawStart, int rawEnd, boolean heading) {
    Block {
        words = List.copyOf(words);
    }

    static Block of(List<Word> words, boolean heading) {
        int start = words.stream().filter(Word::copied).mapToInt(Word::rawStart).min().orElse(0);
        int end = words.stream().filter(Word::copied).mapToInt(Word::rawEnd).max().orElse(start);
        return new Block(words, start, end, heading);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            if (!text.isEmpty() && !word.attached()) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    Removal removal(String reason) {
        return new Removal(rawStart, rawEnd, reason, text());
    }
}
