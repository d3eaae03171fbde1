package org.eventbase.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a place name into the key the gazetteer is looked up by: diacritics removed, letters without a
 * decomposition spelled out (ø → o, ß → ss, ł → l), lower case, punctuation as spaces, a leading "the" dropped.
 * Spellings that differ only so meet: {@code key("Sant Julià de Lòria")} and {@code key("sant-julia de loria")}
 * are both {@code "sant julia de loria"}; initials close up ("U.S." → {@code "us"}). Transliteration variants (Zhytomyr, Jitomir) meet through the
 * gazetteer's alternate names, each indexed under its own key.
 */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPELLED_INITIALS = Pattern.compile("(?:[a-z] )+[a-z]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceNames() {}

    /** The lookup key of {@code name}; empty when it holds no letter or digit. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
                .replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe").replace("đ", "d")
                .replace("Đ", "D").replace("ı", "i").replace("þ", "th").replace("’", "").replace("'", "")
                .replace("ʻ", "").replace("ʼ", "").replace("`", "");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (SPELLED_INITIALS.matcher(s).matches()) {
            s = s.replace(" ", "");
        }
        return s;
    }

    /** True when {@code key} is plain Latin letters, digits and spaces: a name English text may use. */
    static boolean isLatin(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != ' ') {
                return false;
            }
        }
        return !key.isEmpty();
    }

    /**
     * The key with common romanisation differences folded away, so that Russian- and Ukrainian-style, French- and
     * English-style transliterations meet: zh/j, kh/h, ou/u, y/i, w/v, q/k, doubled letters.
     * Example: {@code fold("zhanaozen")} and {@code fold("janaozen")} are both {@code "janaozen"}.
     */
    public static String fold(String key) {
        String s = key.replace("dzh", "j").replace("zh", "j").replace("dj", "j").replace("kh", "h")
                .replace("sch", "sh").replace("tch", "ch").replace("ou", "u").replace("ye", "e").replace("yo", "o")
                .replace('y', 'i').replace('w', 'v').replace('q', 'k');
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || c == ' ') {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
