package org.eventbase.lang;

/**
 * A guess at the language of a text. Example: {@code new LanguageGuess("de", "German", 0.99)}.
 *
 * @param code       ISO 639-1 code, or {@code und} when the language could not be told
 * @param confidence from 0 to 1
 */
public record LanguageGuess(String code, String name, double confidence) {
    public static final LanguageGuess UNDETERMINED = new LanguageGuess("und", "undetermined", 0);

    public boolean isEnglish() {
        return "en".equals(code);
    }
}
