package org.eventbase.count;

/**
 * A quantity as written in a sentence, with the range it allows, by token index within the sentence.
 * Example: in "Police said at least 16 people died", "at least 16" gives {@code NumberPhrase(2, 5, 16, null, 4)}.
 *
 * @param first index of the phrase's first token ("at" of "at least 16")
 * @param end   index after its last token
 * @param min   the lowest number the phrase allows
 * @param max   the highest, or null when open-ended
 * @param head  index of the token holding the number itself ("16", "dozens", "thousands")
 */
record NumberPhrase(int first, int end, int min, Integer max, int head) {}
