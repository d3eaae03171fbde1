package org.eventbase.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.eventbase.model.Token;

/**
 * Finds the quantities of one sentence that could count people: digits and number words with their hedges ("at
 * least", "more than", "about"), ranges ("between 40 and 50", "40 to 50") and vague amounts ("dozens", "several
 * thousand", "tens of thousands"), following the conventions of {@link org.eventbase.model.Count}. Years, days of
 * the month, ages, money, percentages, durations and "one of" are left out. Example: "between 40 and 50 people
 * were detained" gives one phrase, min 40, max 50.
 */
final class NumberPhraseParser {
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words after a number that make it a measure, an amount of money or a time, not a count of people. */
    private static final Set<String> NOT_PEOPLE_AFTER = Set.of("%", "percent", "per", "pc", "year", "years",
            "year-old", "years-old", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
            "minutes", "second", "seconds", "am", "pm", "a.m.", "p.m.", "o'clock", "km", "kilometres", "kilometers",
            "miles", "mile", "metres", "meters", "kg", "tonnes", "tons", "dollars", "euros", "pounds", "rupees",
            "yuan", "taka", "shillings", "naira", "times", "points", "degrees", "st", "nd", "rd", "th", "billion",
            "litres", "liters", "barrels", "mph", "km/h", ":");
    private static final Set<String> CURRENCY_BEFORE = Set.of("$", "€", "£", "us$", "usd", "eur", "gbp", "¥", "tk",
            "rs", "ksh", "#");
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "boy", "girl", "child", "person",
            "teenager", "officer", "policeman", "policewoman", "soldier", "protester", "demonstrator", "journalist",
            "civilian", "student", "worker", "resident", "pedestrian", "passer-by", "bystander", "driver",
            "guard", "activist", "farmer", "trader", "reporter", "photographer", "gendarme", "firefighter");
    private static final Set<String> OPEN_ABOVE = Set.of("more than", "over", "upwards of", "in excess of");
    private static final Set<String> AT_LEAST = Set.of("at least", "a minimum of", "no fewer than", "no less than");
    private static final Set<String> ABOUT = Set.of("about", "around", "some", "nearly", "almost", "roughly",
            "approximately", "an estimated", "estimated", "close to", "up to", "as many as");

    /** Every quantity phrase of {@code tokens}, in order, never overlapping. */
    List<NumberPhrase> parse(List<Token> tokens) {
        List<NumberPhrase> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NumberPhrase phrase = at(tokens, i);
            if (phrase != null) {
                found.add(phrase);
                i = phrase.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private NumberPhrase at(List<Token> tokens, int i) {
        NumberPhrase bare = vague(tokens, i);
        if (bare == null) {
            bare = range(tokens, i);
        }
        if (bare == null) {
            bare = number(tokens, i);
        }
        if (bare == null) {
            bare = singlePerson(tokens, i);
        }
        if (bare == null || excluded(tokens, bare)) {
            return null;
        }
        return hedged(tokens, bare);
    }

    /** "dozens", "hundreds", "thousands", "several thousand", "tens of thousands", "hundreds of thousands". */
    private NumberPhrase vague(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        if ((w.equals("tens") || w.equals("hundreds")) && lower(tokens, i + 1).equals("of")
                && lower(tokens, i + 2).equals("thousands")) {
            return new NumberPhrase(i, i + 3, w.equals("tens") ? 20_000 : 200_000, null, i + 2);
        }
        if (w.equals("several") || w.equals("a") || w.equals("a few") || w.equals("few")) {
            String next = lower(tokens, i + 1);
            int base = switch (next) {
                case "dozen" -> 24;
                case "hundred" -> 200;
                case "thousand" -> 2000;
                default -> 0;
            };
            if (w.equals("a") && next.equals("dozen")) {
                return new NumberPhrase(i, i + 2, 12, null, i + 1);
            }
            if (base > 0 && !w.equals("a")) {
                return new NumberPhrase(i, i + 2, base, null, i + 1);
            }
            return null;
        }
        return switch (w) {
            case "dozens" -> new NumberPhrase(i, i + 1, 24, null, i);
            case "hundreds" -> new NumberPhrase(i, i + 1, 200, null, i);
            case "thousands" -> new NumberPhrase(i, i + 1, 2000, null, i);
            case "millions" -> new NumberPhrase(i, i + 1, 2_000_000, null, i);
            default -> null;
        };
    }

    /** "between A and B", "from A to B", "A to B", "A-B". */
    private NumberPhrase range(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        if (w.equals("between") || w.equals("from")) {
            NumberPhrase low = number(tokens, i + 1);
            String joiner = low == null ? "" : lower(tokens, low.end());
            if (low != null && (joiner.equals("and") || joiner.equals("to"))) {
                NumberPhrase high = number(tokens, low.end() + 1);
                if (high != null && high.min() >= low.min()) {
                    return new NumberPhrase(i, high.end(), low.min(), high.min(), high.head());
                }
            }
            return null;
        }
        NumberPhrase low = number(tokens, i);
        if (low != null && (lower(tokens, low.end()).equals("to") || lower(tokens, low.end()).equals("-"))) {
            NumberPhrase high = number(tokens, low.end() + 1);
            if (high != null && high.min() > low.min()) {
                return new NumberPhrase(i, high.end(), low.min(), high.min(), high.head());
            }
        }
        String[] dashed = tokens.get(i).text().split("[-–]");
        if (dashed.length == 2 && dashed[0].matches("\\d+") && dashed[1].matches("\\d+")) {
            int a = Integer.parseInt(dashed[0]);
            int b = Integer.parseInt(dashed[1]);
            if (a < b && a < 1000) {
                return new NumberPhrase(i, i + 1, a, b, i);
            }
        }
        return null;
    }

    /** A number with an optional scale: "14", "1,200", "eight", "2 million", "1.5 million", "five hundred". */
    private NumberPhrase number(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String text = tokens.get(i).text();
        OptionalLong value = NumberWords.value(text);
        double base;
        if (value.isPresent()) {
            base = value.getAsLong();
        } else if (text.matches("\\d+\\.\\d+") && NumberWords.scale(lower(tokens, i + 1)) >= 1000) {
            base = Double.parseDouble(text);
        } else {
            return null;
        }
        int end = i + 1;
        int scale = NumberWords.scale(lower(tokens, end));
        if (scale > 0) {
            base *= scale;
            end++;
        }
        if (base > Integer.MAX_VALUE || base != Math.floor(base)) {
            return null;
        }
        return new NumberPhrase(i, end, (int) base, (int) base, end - 1);
    }

    /** "a man", "a 27-year-old man", "an officer": one person, when a person noun follows the article closely. */
    private NumberPhrase singlePerson(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        if (!w.equals("a") && !w.equals("an")) {
            return null;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 8); j++) {
            String pos = tokens.get(j).pos();
            if (pos.equals("NN") && PERSON_NOUNS.contains(lower(tokens, j))) {
                return new NumberPhrase(i, i + 1, 1, 1, i);
            }
            if (!(pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("CD") || pos.equals("RB")
                    || lower(tokens, j).contains("year"))) {
                return null;
            }
        }
        return null;
    }

    private NumberPhrase hedged(List<Token> tokens, NumberPhrase bare) {
        if (bare.max() == null || !bare.max().equals(bare.min())) {
            return withHedge(tokens, bare, false);
        }
        return withHedge(tokens, bare, true);
    }

    private NumberPhrase withHedge(List<Token> tokens, NumberPhrase bare, boolean exact) {
        for (int words = 3; words >= 1; words--) {
            int from = bare.first() - words;
            if (from < 0) {
                continue;
            }
            String hedge = join(tokens, from, bare.first());
            if (OPEN_ABOVE.contains(hedge) && exact) {
                return new NumberPhrase(from, bare.end(), bare.min() + 1, null, bare.head());
            }
            if (AT_LEAST.contains(hedge) || ABOUT.contains(hedge) || OPEN_ABOVE.contains(hedge)) {
                return new NumberPhrase(from, bare.end(), bare.min(), null, bare.head());
            }
        }
        return bare;
    }

    private boolean excluded(List<Token> tokens, NumberPhrase p) {
        String first = lower(tokens, p.first());
        String number = tokens.get(p.head()).text();
        String after = lower(tokens, p.end());
        String before = p.first() > 0 ? lower(tokens, p.first() - 1) : "";
        if (after.startsWith("-year") || after.equals("-") && lower(tokens, p.end() + 1).startsWith("year")) {
            return true;
        }
        if (NOT_PEOPLE_AFTER.contains(after) || CURRENCY_BEFORE.contains(before) || MONTHS.contains(before)
                || MONTHS.contains(after) || (MONTHS.contains(lower(tokens, p.end() + 1)) && after.equals("of"))) {
            return true;
        }
        if (number.matches("\\d{4}") && p.max() != null && p.min() >= 1800 && p.min() <= 2100) {
            return true;
        }
        if (first.equals("one") && (after.equals("of") || Set.of("no", "the", "any", "every", "each", "this",
                "that").contains(before))) {
            return true;
        }
        if (before.equals("aged") || before.equals("age") || before.equals("no.") || before.equals("number")) {
            return true;
        }
        // "Ana Berg, 51, said" — an age in apposition to a name.
        return before.equals(",") && after.equals(",") && p.first() >= 2
                && "PERSON".equals(tokens.get(p.first() - 2).ner());
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(lower(tokens, i));
        }
        return b.toString();
    }

    static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
