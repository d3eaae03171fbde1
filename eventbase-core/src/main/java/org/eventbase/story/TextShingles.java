package org.eventbase.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word shingles of a text, hashed: every run of {@value #WIDTH} consecutive words, lower-cased, punctuation
 * dropped. Example: "Police fired tear gas at the crowd" gives the hashes of "police fired tear gas", "fired tear gas
 * at", "tear gas at the", "gas at the crowd".
 */
public final class TextShingles {
    public static final int WIDTH = 4;

    private TextShingles() {}

    public static Set<Long> of(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<Long> shingles = new LinkedHashSet<>();
        for (int i = 0; i + WIDTH <= words.size(); i++) {
            long h = 1469598103934665603L;
            for (int j = i; j < i + WIDTH; j++) {
                for (char c : words.get(j).toCharArray()) {
                    h = (h ^ c) * 1099511628211L;
                }
                h = (h ^ ' ') * 1099511628211L;
            }
            shingles.add(h);
        }
        return shingles;
    }
}
