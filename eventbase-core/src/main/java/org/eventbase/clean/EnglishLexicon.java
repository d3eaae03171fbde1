package org.eventbase.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English words known to CoreNLP's newswire POS tagger, as cased there, loaded once from
 * {@code english-words.txt.gz} (made by the test-scope {@code EnglishLexiconGenerator}).
 * Example: {@code EnglishLexicon.instance().isLowercaseWord("appealed")} is true; {@code contains("Johnson")} is true.
 */
final class EnglishLexicon {
    private static final String RESOURCE = "english-words.txt.gz";

    private final Set<String> words;

    private EnglishLexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    private static final class Holder {
        static final EnglishLexicon INSTANCE = load();
    }

    static EnglishLexicon instance() {
        return Holder.INSTANCE;
    }

    /** True when {@code word}, exactly as cased, is a known word. */
    boolean contains(String word) {
        return words.contains(word);
    }

    /** True when {@code word} is a known all-lowercase word. */
    boolean isLowercaseWord(String word) {
        return word.equals(word.toLowerCase(java.util.Locale.ROOT)) && words.contains(word);
    }

    private static EnglishLexicon load() {
        try (InputStream in = EnglishLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/eventbase/clean/" + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
            return new EnglishLexicon(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/eventbase/clean/" + RESOURCE, e);
        }
    }
}
