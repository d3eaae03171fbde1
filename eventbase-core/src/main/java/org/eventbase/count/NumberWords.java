package org.eventbase.count;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The value of one number token: digits ("1,200", "14"), number words ("eight", "twenty-one") and scale words
 * ("hundred", "thousand", "million"). Example: {@code NumberWords.value("twenty-one")} is 21.
 */
final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("dozen", 12));
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000,
            "million", 1_000_000);

    private NumberWords() {}

    /** The value of a digit or number-word token, or empty when it is neither. */
    static OptionalLong value(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            try {
                return OptionalLong.of(Long.parseLong(t.replace(",", "")));
            } catch (NumberFormatException tooLong) {
                return OptionalLong.empty();
            }
        }
        if (WORDS.containsKey(t) && !t.equals("dozen") && !t.equals("a dozen")) {
            return OptionalLong.of(WORDS.get(t));
        }
        int dash = t.indexOf('-');
        if (dash > 0 && WORDS.containsKey(t.substring(0, dash)) && WORDS.containsKey(t.substring(dash + 1))) {
            return OptionalLong.of(WORDS.get(t.substring(0, dash)) + WORDS.get(t.substring(dash + 1)));
        }
        return OptionalLong.empty();
    }

    /** The multiplier of a scale word ("thousand" → 1000), or 0 when it is not one. */
    static int scale(String token) {
        return SCALES.getOrDefault(token.toLowerCase(Locale.ROOT), 0);
    }
}
