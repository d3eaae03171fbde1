package org.eventbase.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Links acronyms to what they stand for. "Nordic Fisheries Council (NFC)" and
 * "the NFC (Nordic Fisheries Council)" define one, and so does an acronym in parentheses right
 * after an organisation the recogniser found when two of its letters are among the initials (a foreign-language
 * acronym). The expansion may hold a comma ("United Nations Educational, Scientific and Cultural Organization
 * (UNESCO)") and takes in the words before it that the recogniser put in the same organisation ("UN Office for
 * the Coordination of Humanitarian Affairs (OCHA)"). A run of capitals matching the initials of a multi-word
 * organisation the recogniser found links to it too. Every occurrence of a known acronym becomes a mention
 * grouped under its expansion, whatever the recogniser tagged it.
 * Example: {@code resolve(nlp, text, mentions)} gives the bare "NFC" the key
 * "Nordic Fisheries Council".
 */
final class AcronymResolver {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "&", "to");

    /** What an acronym stands for, with the kind and tag its mentions get. */
    private record Expansion(String key, EntityKind kind, String tag) {}

    List<NameMention> resolve(NlpAnnotation nlp, String text, List<NameMention> mentions) {
        Map<String, Expansion> expansions = new LinkedHashMap<>();
        List<NameMention> defined = new ArrayList<>();
        for (Sentence sentence : nlp.sentences()) {
            findDefinitions(sentence, text, mentions, expansions, defined);
        }
        addInitialsOfOrganisations(mentions, expansions);
        if (expansions.isEmpty()) {
            return mentions;
        }
        for (Sentence sentence : nlp.sentences()) {
            for (Token token : sentence.tokens()) {
                Expansion expansion = expansions.get(token.text());
                if (expansion != null && isAcronym(token)) {
                    defined.add(new NameMention(sentence.index(), token.index(), token.index() + 1, token.start(),
                            token.end(), text.substring(token.start(), token.end()), expansion.tag(),
                            expansion.kind(), expansion.key()));
                }
            }
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            if (defined.stream().noneMatch(d -> d.overlaps(m))) {
                out.add(m);
            }
        }
        for (NameMention d : defined) {
            if (out.stream().noneMatch(o -> o.overlaps(d))) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(NameMention::end));
        return out;
    }

    private static void findDefinitions(Sentence sentence, String text, List<NameMention> mentions,
                                        Map<String, Expansion> expansions, List<NameMention> defined) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).text().equals("(") && t.get(i + 2).text().equals(")") && isAcronym(t.get(i + 1))) {
                Token acronym = t.get(i + 1);
                int start = expansionStartBefore(t, i, acronym.text());
                if (start < 0) {
                    start = organisationEndingAt(sentence.index(), i, acronym.text(), mentions);
                }
                if (start >= 0) {
                    define(sentence, text, mentions, start, i, acronym, expansions, defined);
                }
            } else if (isAcronym(t.get(i)) && t.get(i + 1).text().equals("(")) {
                int close = indexOf(t, ")", i + 2, Math.min(t.size(), i + 14));
                if (close > i + 2 && initials(t, i + 2, close).equals(t.get(i).text().toUpperCase(Locale.ROOT))
                        && startsUpper(t.get(i + 2))) {
                    define(sentence, text, mentions, i + 2, close, t.get(i), expansions, defined);
                }
            }
        }
    }

    /**
     * The first token of an organisation the recogniser found ending just before {@code paren}, or -1: its
     * acronym in parentheses may come from another language ("National Union of Dockers (SINADOC)"), so two of
     * its letters among the organisation's initials are enough.
     */
    private static int organisationEndingAt(int sentence, int paren, String acronym, List<NameMention> mentions) {
        return mentions.stream()
                .filter(m -> m.sentence() == sentence && m.tokenEnd() == paren && m.kind() == EntityKind.ORGANIZATION)
                .filter(m -> sharedLetters(initialsOfWords(NameKeys.words(m.key())), acronym) >= 2)
                .mapToInt(NameMention::tokenStart).findFirst().orElse(-1);
    }

    /** How many distinct letters of {@code acronym} are among {@code initials}. */
    private static long sharedLetters(String initials, String acronym) {
        return acronym.toUpperCase(Locale.ROOT).chars().distinct().filter(c -> initials.indexOf(c) >= 0).count();
    }

    private static void define(Sentence sentence, String text, List<NameMention> mentions, int from, int to,
                               Token acronym, Map<String, Expansion> expansions, List<NameMention> defined) {
        List<Token> t = sentence.tokens();
        int first = mentions.stream()
                .filter(m -> m.sentence() == sentence.index() && m.kind() == EntityKind.ORGANIZATION
                        && m.tokenEnd() == to && m.tokenStart() < from)
                .mapToInt(NameMention::tokenStart).min().orElse(from);
        int start = t.get(first).start();
        int end = t.get(to - 1).end();
        String surface = text.substring(start, end);
        NameMention recognised = mentions.stream()
                .filter(m -> m.start() < end && start < m.end() && m.kind() != EntityKind.PERSON)
                .findFirst().orElse(null);
        EntityKind kind = recognised == null || recognised.kind() == EntityKind.NORP
                ? EntityKind.ORGANIZATION : recognised.kind();
        String tag = recognised == null || recognised.kind() == EntityKind.NORP ? "ORGANIZATION" : recognised.tag();
        Expansion expansion = expansions.computeIfAbsent(acronym.text(),
                a -> new Expansion(NameKeys.of(surface), kind, tag));
        defined.add(new NameMention(sentence.index(), first, to, start, end, surface, expansion.tag(),
                expansion.kind(), expansion.key()));
    }

    private static void addInitialsOfOrganisations(List<NameMention> mentions, Map<String, Expansion> expansions) {
        Map<String, Expansion> byInitials = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (NameMention m : mentions) {
            if (m.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            String initials = initialsOfWords(NameKeys.words(m.key()));
            if (initials.length() < 3) {
                continue;
            }
            Expansion previous = byInitials.put(initials, new Expansion(m.key(), m.kind(), m.tag()));
            if (previous != null && !previous.key().equals(m.key())) {
                ambiguous.add(initials);
            }
        }
        byInitials.forEach((initials, expansion) -> {
            if (!ambiguous.contains(initials)) {
                expansions.putIfAbsent(initials, expansion);
            }
        });
    }

    private static int expansionStartBefore(List<Token> t, int paren, String acronym) {
        for (int s = paren - 1; s >= 0 && paren - s <= acronym.length() * 2 + 2; s--) {
            Token token = t.get(s);
            if (!startsUpper(token) && !FUNCTION_WORDS.contains(token.text().toLowerCase(Locale.ROOT))
                    && !isHyphen(token) && !(token.text().equals(",") && s < paren - 1)) {
                return -1;
            }
            String initials = initials(t, s, paren);
            if (startsUpper(token) && initials.equals(acronym.toUpperCase(Locale.ROOT))) {
                return s;
            }
            if (initials.length() > acronym.length()) {
                return -1;
            }
        }
        return -1;
    }

    private static String initials(List<Token> t, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(t.get(i).text());
        }
        return initialsOfWords(words.toArray(String[]::new));
    }

    /** Upper-cased initials of the capitalised words, function words and hyphens skipped. */
    private static String initialsOfWords(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || word.equals("-")
                    || word.equals(",")) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return "";
            }
            out.append(word.charAt(0));
        }
        return out.toString();
    }

    private static int indexOf(List<Token> t, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAcronym(Token token) {
        String s = token.text();
        return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(Character::isUpperCase);
    }

    private static boolean startsUpper(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }

    private static boolean isHyphen(Token token) {
        return token.text().equals("-");
    }
}
