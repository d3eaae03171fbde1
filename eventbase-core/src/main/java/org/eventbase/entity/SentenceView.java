package org.eventbase.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.Token;

/**
 * One sentence's tokens together with the identified name mentions in it, with bounds-safe look-ups for
 * pattern matching. Example: {@code view.is(i, "a", "an")} is false when {@code i} is past the end.
 */
final class SentenceView {
    private final Sentence sentence;
    private final String text;
    private final List<IdentifiedMention> mentions;

    SentenceView(Sentence sentence, String text, List<IdentifiedMention> mentions) {
        this.sentence = sentence;
        this.text = text;
        this.mentions = List.copyOf(mentions);
    }

    int sentenceIndex() {
        return sentence.index();
    }

    List<IdentifiedMention> mentions() {
        return mentions;
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    boolean inside(int i) {
        return i >= 0 && i < size();
    }

    /** True when token {@code i} exists and is one of {@code words}, ignoring case. */
    boolean is(int i, String... words) {
        if (!inside(i)) {
            return false;
        }
        String t = token(i).text().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (t.equals(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isPossessive(int i) {
        return is(i, "'s", "’s", "'", "’") || (inside(i) && "POS".equals(token(i).pos()));
    }

    boolean startsUpper(int i) {
        return inside(i) && !token(i).text().isEmpty() && Character.isUpperCase(token(i).text().charAt(0));
    }

    boolean startsLower(int i) {
        return inside(i) && !token(i).text().isEmpty() && Character.isLowerCase(token(i).text().charAt(0));
    }

    boolean isTitle(int i) {
        return inside(i) && TitleWords.isTitle(token(i));
    }

    boolean isTitleModifier(int i) {
        return inside(i) && TitleWords.isTitleModifier(token(i));
    }

    /** True when token {@code i} is part of a name mention. */
    boolean inMention(int i) {
        return mentions.stream().anyMatch(m -> m.tokenStart() <= i && i < m.tokenEnd());
    }

    /** The longest mention starting at token {@code i}: "Oslo police" rather than the "Oslo" inside it. */
    Optional<IdentifiedMention> startingAt(int i) {
        return mentions.stream().filter(m -> m.tokenStart() == i)
                .max(java.util.Comparator.comparingInt(IdentifiedMention::tokenEnd));
    }

    /** The longest mention ending just before token {@code i}. */
    Optional<IdentifiedMention> endingAt(int i) {
        return mentions.stream().filter(m -> m.tokenEnd() == i)
                .min(java.util.Comparator.comparingInt(IdentifiedMention::tokenStart));
    }

    /** The article text from the start of token {@code from} to the end of token {@code to - 1}. */
    String text(int from, int to) {
        return text.substring(token(from).start(), token(to - 1).end());
    }

    Span span(int fromOffset, int toOffset) {
        return new Span(fromOffset, toOffset);
    }
}
