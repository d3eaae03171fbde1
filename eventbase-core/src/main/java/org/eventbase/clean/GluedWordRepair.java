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
 * Example: in a text that also says "Tokayev said", the word "Tokayevappealed" becomes "Tokayev appealed".
 * A token {@code A+B} is split only when A is a capitalised word standing alone elsewhere in the document, B is a
 * lowercase English word (seen in the document or in {@link EnglishLexicon}), the glued token occurs only once,
 * and the glued token is not itself a known word ("Johnson" stays whole even where "John" appears).
 */
final class GluedWordRepair {
    private static final Pattern CORE = Pattern.compile("^(\\p{P}*)(\\p{Lu}[\\p{L}’'-]*?)(\\p{P}*)$");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}{2,}");
    /** Endings that make names, not separate words: "Green"+"land", "John"+"son". */
    private static final Set<String> NAME_ENDINGS = Set.of(
            "land", "lands", "son", "sen", "ton", "town", "ville", "burg", "berg", "field", "ford", "wood", "ley",
            "shire", "stan", "ian", "ians", "ese", "ish", "ism", "ist", "ists", "ite", "ites", "ers", "man", "men",
            "stein", "mouth", "port", "bury", "worth", "ham", "dale", "view", "side", "way", "gate", "well");

    private static final int MAX_TOKEN_LENGTH = 60;

    private final EnglishLexicon lexicon;

    GluedWordRepair(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A repair made: the glued token and the two words it became. */
    record Split(String glued, String first, String second) {}

    /** The blocks with glued words split; {@code splits} receives each repair made. */
    List<Block> repair(List<Block> blocks, List<Split> splits) {
        Map<String, Integer> tokenCounts = new HashMap<>();
        Set<String> lowercaseSeen = new HashSet<>();
        for (Block block : blocks) {
            for (Word word : block.words()) {
                String core = stripPunctuation(word.text());
                tokenCounts.merge(core, 1, Integer::sum);
                for (String part : core.split("[’'-]")) {
                    if (LOWER.matcher(part).matches()) {
                        lowercaseSeen.add(part);
                    }
                }
            }
        }
        List<Block> repaired = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            List<Word> words = new ArrayList<>(block.words().size());
            for (Word word : block.words()) {
                Split split = splitOf(word.text(), tokenCounts, lowercaseSeen);
                if (split == null) {
                    words.add(word);
                    continue;
                }
                splits.add(split);
                words.add(new Word(split.first(), word.rawStart()));
                int secondStart = word.copied() ? word.rawStart() + split.first().length() : Word.NOT_COPIED;
                words.add(new Word(split.second(), secondStart));
            }
            repaired.add(new Block(words, block.rawStart(), block.rawEnd(), block.heading()));
        }
        return repaired;
    }

    private Split splitOf(String token, Map<String, Integer> tokenCounts, Set<String> lowercaseSeen) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        Matcher m = CORE.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String core = m.group(2);
        if (core.length() < 5 || tokenCounts.getOrDefault(core, 0) > 1 || lexicon.contains(core)) {
            return null;
        }
        for (int cut = core.length() - 2; cut >= 2; cut--) {
            String first = core.substring(0, cut);
            String second = core.substring(cut);
            if (!Character.isLowerCase(first.charAt(first.length() - 1))
                    || !LOWER.matcher(second).matches()
                    || NAME_ENDINGS.contains(second)
                    || tokenCounts.getOrDefault(first, 0) < 1) {
                continue;
            }
            if (lowercaseSeen.contains(second) || lexicon.isLowercaseWord(second)) {
                return new Split(token, m.group(1) + first, second + m.group(3));
            }
        }
        return null;
    }

    private static String stripPunctuation(String token) {
        String core = token.replaceAll("^\\p{P}+|\\p{P}+$", "");
        return core.replaceAll("[’']s$", "");
    }
}
