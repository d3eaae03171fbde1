package org.eventbase.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Finds the further occurrences of a name the recogniser tagged once but missed elsewhere: the same proper-noun
 * tokens, outside any other mention, become mentions of the same name. A name whose word the article also writes
 * in lower case ("Union" and "union") is left alone, as are nationalities and misc names.
 * Example: with "the border town of Tine" tagged, a later untagged "Tine" in "a clinic in Tine" is a mention too.
 */
final class RepeatedNameFinder {
    private RepeatedNameFinder() {}

    static List<NameMention> find(NlpAnnotation nlp, String text, List<NameMention> mentions) {
        Map<String, NameMention> names = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            if (m.kind() != EntityKind.NORP && m.kind() != EntityKind.MISC && m.text().length() > 2
                    && !writtenInLowerCase(m.text(), text)) {
                names.putIfAbsent(m.text(), m);
            }
        }
        List<NameMention> out = new ArrayList<>(mentions);
        out.addAll(capitalisedParticleSurnames(nlp, text, mentions, out));
        for (Sentence sentence : nlp.sentences()) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++) {
                for (NameMention name : names.values()) {
                    int end = matchEnd(t, i, name, nlp);
                    if (end > i && noneOverlap(out, sentence.index(), i, end)) {
                        out.add(new NameMention(sentence.index(), i, end, t.get(i).start(), t.get(end - 1).end(),
                                text.substring(t.get(i).start(), t.get(end - 1).end()), name.tag(), name.kind(),
                                name.key()));
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(NameMention::end));
        return out;
    }

    /**
     * Surnames with a lower-case particle written capitalised, as at the start of a sentence: "De Wit" for the
     * tagged "Pieter de Wit", "Van der Berg" for "Anna van der Berg". The recogniser often misses them.
     */
    private static List<NameMention> capitalisedParticleSurnames(NlpAnnotation nlp, String text,
            List<NameMention> mentions, List<NameMention> taken) {
        List<NameMention> found = new ArrayList<>();
        Map<String, NameMention> people = new LinkedHashMap<>();
        mentions.stream().filter(m -> m.kind() == EntityKind.PERSON).forEach(m -> people.putIfAbsent(m.key(), m));
        for (NameMention person : people.values()) {
            String[] words = NameKeys.words(person.key());
            int particle = 1;
            while (particle < words.length - 1 && !Character.isLowerCase(words[particle].charAt(0))) {
                particle++;
            }
            if (particle >= words.length - 1 || !Character.isLowerCase(words[particle].charAt(0))) {
                continue;
            }
            String surname = String.join(" ", java.util.Arrays.copyOfRange(words, particle, words.length));
            String capitalised = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
            String[] wanted = capitalised.split(" ");
            for (Sentence sentence : nlp.sentences()) {
                List<Token> t = sentence.tokens();
                for (int i = 0; i + wanted.length <= t.size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < wanted.length && match; k++) {
                        match = t.get(i + k).text().equals(wanted[k]);
                    }
                    int end = i + wanted.length;
                    if (match && noneOverlap(taken, sentence.index(), i, end)
                            && noneOverlap(found, sentence.index(), i, end)) {
                        found.add(new NameMention(sentence.index(), i, end, t.get(i).start(), t.get(end - 1).end(),
                                text.substring(t.get(i).start(), t.get(end - 1).end()), person.tag(),
                                EntityKind.PERSON, person.key()));
                    }
                }
            }
        }
        return found;
    }

    /** End of the tokens from {@code i} that spell {@code name}, all proper nouns; {@code i} when they do not. */
    private static int matchEnd(List<Token> t, int i, NameMention name, NlpAnnotation nlp) {
        List<Token> nameTokens = nlp.sentences().get(name.sentence()).tokens()
                .subList(name.tokenStart(), name.tokenEnd());
        if (i + nameTokens.size() > t.size()) {
            return i;
        }
        for (int k = 0; k < nameTokens.size(); k++) {
            Token token = t.get(i + k);
            if (!token.text().equals(nameTokens.get(k).text()) || token.pos() == null
                    || !token.pos().startsWith("NNP")) {
                return i;
            }
        }
        return i + nameTokens.size();
    }

    private static boolean noneOverlap(List<NameMention> mentions, int sentence, int from, int to) {
        return mentions.stream().noneMatch(m -> m.sentence() == sentence && m.tokenStart() < to && from < m.tokenEnd());
    }

    private static boolean writtenInLowerCase(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.equals(name) && Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text).find();
    }
}
