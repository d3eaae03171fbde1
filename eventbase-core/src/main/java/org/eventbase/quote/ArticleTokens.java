package org.eventbase.quote;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * All tokens of an article in one list, each knowing its sentence and which quoted passage (if any) holds it.
 * Example: for {@code “No,” she said.} tokens 0–2 are in passage 0 and {@code she} is outside any passage.
 */
final class ArticleTokens {
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> sentenceOf = new ArrayList<>();
    private final List<Sentence> sentences;
    private final int[] passageOf;

    ArticleTokens(NlpAnnotation nlp, List<QuotedPassage> passages) {
        this.sentences = nlp.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s).tokens()) {
                tokens.add(t);
                sentenceOf.add(s);
            }
        }
        passageOf = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            passageOf[i] = -1;
            Token t = tokens.get(i);
            for (int p = 0; p < passages.size(); p++) {
                if (passages.get(p).outer().start() <= t.start() && t.start() < passages.get(p).outer().end()) {
                    passageOf[i] = p;
                    break;
                }
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int sentence(int i) {
        return sentenceOf.get(i);
    }

    Sentence sentenceAt(int index) {
        return sentences.get(index);
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** Index of the passage holding token {@code i}, or -1 when the token is outside every quote. */
    int passage(int i) {
        return passageOf[i];
    }

    boolean outsideQuotes(int i) {
        return i >= 0 && i < tokens.size() && passageOf[i] < 0;
    }

    /** First token starting at or after {@code offset}, or {@link #size()}. */
    int firstAtOrAfter(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Last token ending at or before {@code offset}, or -1. */
    int lastBefore(int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
    }
}
