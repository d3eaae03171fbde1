package org.eventbase.eval.geo;

/**
 * Puts a gold toponym on its phrase when the annotated offsets are off by a character or two: if the text at the
 * offsets is not the phrase, the nearest occurrence of the phrase wins; with none, the offsets stay.
 * Example: in {@code "in Pandi, Bulacan"}, phrase "Pandi" annotated at [4, 9) snaps to [3, 8).
 */
final class ToponymSnapper {
    private ToponymSnapper() {}

    static GoldToponym snap(String text, GoldToponym toponym) {
        int start = toponym.start();
        String phrase = toponym.phrase();
        if (phrase == null || phrase.isEmpty() || isAt(text, phrase, start, toponym.end())) {
            return toponym;
        }
        int best = -1;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best < 0 ? toponym : new GoldToponym(best, best + phrase.length(), phrase, toponym.point());
    }

    private static boolean isAt(String text, String phrase, int start, int end) {
        return start >= 0 && end == start + phrase.length() && text.startsWith(phrase, start);
    }
}
