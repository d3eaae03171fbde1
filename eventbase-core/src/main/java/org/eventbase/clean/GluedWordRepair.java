package org.eventbase.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a name glued to the next word by markup stripping, when the same document supports the split.
 * Example: in a text that also says "Berg said", the word "Bergappealed" becomes "Berg appealed".
 * A token {@code A+B} is split only when A is a capitalised word standing alone elsewhere in the document, B is a
 * lowercase English word (seen in the document or in {@link EnglishLexicon}), the glued token occurs only once,
 * and the glued token is not itself a known word ("Johnson" stays whole even where "John" appears).
 * On pages, the same test decides whether a word that only an inline tag separates from a name
 * ({@code <a>Berg</a>appealed}) gets a space.
 */
final class GluedWordRepair {
    private static final Pattern CORE = Pattern.compile("^(\\p{P}*)(\\p{Lu}[\\p{L}’'-]*?)(\\p{P}*)$");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}{2,}");
    private static final int MAX_TOKEN_LENGTH = 60;
    /**
     * Endings that make names, not separate words: "Green"+"land", "John"+"son", and the demonym endings that a
     * country's name takes ("Mali"+"an", "Haiti"+"ans", "Iraq"+"is", "London"+"er").
     */
    private static final Set<String> NAME_ENDINGS = Set.of(
            "an", "ans", "is", "er", "land", "lands", "son", "sen", "ton", "town", "ville", "burg", "berg", "field", "ford", "wood", "ley",
            "shire", "stan", "ian", "ians", "ese", "ish", "ism", "ist", "ists", "ite", "ites", "ers", "man", "men",
            "stein", "mouth", "port", "bury", "worth", "ham", "dale", "view", "side", "way", "gate", "well");

    private final EnglishLexicon lexicon;

    GluedWordRepair(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A repair made: the glued token and the two words it became. */
    record Split(String glued, String first, String second) {}

    /** What the document says about its words: how often each token occurs, which lowercase words it uses. */
    private record Vocabulary(Map<String, Integer> tokenCounts, Set<String> lowercase) {
        int count(String core) {
            return tokenCounts.getOrDefault(core, 0);
        }
    }

    /** The blocks with glued words split; {@code splits} receives each repair made. */
    List<Block> repair(List<Block> blocks, List<Split> splits) {
        Vocabulary vocabulary = vocabulary(blocks);
        List<Block> repaired = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            List<Word> words = new ArrayList<>(block.words().size());
            for (Word word : block.words()) {
                Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
                if (word.attached() && previous != null && supportsSpaceBetween(previous.text(), word.text(), vocabulary)) {
                    splits.add(new Split(previous.text() + word.text(), previous.text(), word.text()));
                    words.add(word.detached());
                    continue;
                }
                Split split = splitOf(word.text(), vocabulary);
                if (split == null) {
                    words.add(word);
                    continue;
                }
                splits.add(split);
                words.add(new Word(split.first(), word.rawStart(), word.attached()));
                int secondStart = word.copied() ? word.rawStart() + split.first().length() : Word.NOT_COPIED;
                words.add(new Word(split.second(), secondStart));
            }
            repaired.add(new Block(words, block.rawStart(), block.rawEnd(), block.heading()));
        }
        return repaired;
    }

    /** Counts tokens as a reader sees them: pieces joined across inline tags make one token. */
    private static Vocabulary vocabulary(List<Block> blocks) {
        Map<String, Integer> tokenCounts = new HashMap<>();
        Set<String> lowercase = new HashSet<>();
        for (Block block : blocks) {
            for (String token : block.text().split(" ")) {
                String core = stripPunctuation(token);
                tokenCounts.merge(core, 1, Integer::sum);
                for (String part : core.split("[’'-]")) {
                    if (LOWER.matcher(part).matches()) {
                        lowercase.add(part);
                    }
                }
            }
        }
        return new Vocabulary(tokenCounts, lowercase);
    }

    private Split splitOf(String token, Vocabulary vocabulary) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        Matcher m = CORE.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String core = m.group(2);
        if (core.length() < 5 || vocabulary.count(core) > 1 || lexicon.contains(core)) {
            return null;
        }
        for (int cut = core.length() - 2; cut >= 2; cut--) {
            String first = core.substring(0, cut);
            String second = core.substring(cut);
            if (Character.isLowerCase(first.charAt(first.length() - 1)) && vocabulary.count(first) >= 1
                    && isSeparateWord(second, vocabulary)) {
                return new Split(token, m.group(1) + first, second + m.group(3));
            }
        }
        return null;
    }

    private boolean supportsSpaceBetween(String previous, String next, Vocabulary vocabulary) {
        if (previous.length() + next.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        Matcher first = CORE.matcher(previous);
        String second = next.replaceAll("\\p{P}+$", "");
        if (!first.matches() || !first.group(3).isEmpty() || first.group(2).length() < 2
                || !Character.isLowerCase(first.group(2).charAt(first.group(2).length() - 1))) {
            return false;
        }
        String glued = first.group(2) + second;
        return vocabulary.count(first.group(2)) >= 1 && vocabulary.count(glued) <= 1 && !lexicon.contains(glued)
                && isSeparateWord(second, vocabulary);
    }

    private boolean isSeparateWord(String word, Vocabulary vocabulary) {
        return LOWER.matcher(word).matches() && !NAME_ENDINGS.contains(word)
                && (vocabulary.lowercase().contains(word) || lexicon.isLowercaseWord(word));
    }

    private static String stripPunctuation(String token) {
        String core = token.replaceAll("^\\p{P}+|\\p{P}+$", "");
        return core.replaceAll("[’']s$", "");
    }
}
