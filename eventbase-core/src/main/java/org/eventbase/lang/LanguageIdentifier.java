package org.eventbase.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which language an article is written in, cheaply first: text whose words are rich in English function
 * words is English without further work; anything else goes to an n-gram detector (optimaize language-detector,
 * profiles for about 70 languages, loaded once per JVM on first need).
 * Example: {@code LanguageIdentifier.shared().identify("Die Regierung hat am Montag …").code()} is {@code "de"}.
 */
public final class LanguageIdentifier {
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "he", "she",
            "as", "at", "by", "this", "had", "from", "have", "not", "are", "but", "were", "they", "his", "her",
            "which", "been", "has", "their", "said", "would", "will", "after", "who", "an", "or", "its");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final double ENGLISH_SHARE = 0.12;
    private static final int MIN_WORDS = 8;
    private static final int SAMPLE_CHARS = 4000;

    private static final LanguageIdentifier SHARED = new LanguageIdentifier();
    private volatile LanguageDetector detector;

    private LanguageIdentifier() {}

    public static LanguageIdentifier shared() {
        return SHARED;
    }

    public LanguageGuess identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int words = 0;
        int english = 0;
        Matcher m = WORD.matcher(sample);
        while (m.find()) {
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words >= MIN_WORDS && english >= ENGLISH_SHARE * words) {
            return new LanguageGuess("en", "English", Math.min(1.0, english / (0.3 * words)));
        }
        if (words < MIN_WORDS) {
            // Too short for n-grams to be trusted: a few English function words settle it, else say nothing.
            return english > 0 ? new LanguageGuess("en", "English", 0.5) : LanguageGuess.UNDETERMINED;
        }
        List<DetectedLanguage> found = detector().getProbabilities(sample);
        if (found.isEmpty()) {
            return LanguageGuess.UNDETERMINED;
        }
        DetectedLanguage best = found.get(0);
        String code = best.getLocale().getLanguage();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return new LanguageGuess(code, name.isEmpty() ? code : name, best.getProbability());
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    try {
                        d = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                                .build();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load language profiles from the classpath", e);
                    }
                    detector = d;
                }
            }
        }
        return d;
    }
}
