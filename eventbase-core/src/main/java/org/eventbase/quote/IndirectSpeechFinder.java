package org.eventbase.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.Span;

/**
 * Finds reported speech without quotation marks, one statement a sentence, in three shapes:
 * <ul>
 *   <li>a reporting verb and its clause, with or without {@code that}: {@code Ana Berg wrote on Facebook that the
 *       vote was rigged}, {@code the ministry said it was ready}, {@code cited the ministry as saying 40 were hurt};
 *   <li>a clause, then its attribution: {@code Nine people died, the fire brigade said on Sunday.};
 *   <li>{@code according to}: {@code According to the police, nine people died.}
 * </ul>
 * Quoted words inside the clause stay in it ({@code she said the offer was “an insult”}); a verb that introduces a
 * direct quote is never read as reported speech.
 * Example: {@code Ana Berg wrote on Facebook that the vote was rigged.} gives the content "the vote was rigged",
 * said by Ana Berg through Facebook.
 */
final class IndirectSpeechFinder {
    /** Reported speech found in one sentence. */
    record ReportedSpeech(Span content, Attribution attribution, int sentence) {}

    private static final Set<String> VERBS = Set.of("say", "tell", "write", "add", "announce", "claim", "warn",
            "state", "insist", "deny", "confirm", "post", "tweet", "argue", "allege", "admit", "acknowledge",
            "complain", "report", "explain", "predict", "promise", "estimate", "stress", "suggest", "believe");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> CLAUSE_OPENERS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD",
            "JJ", "EX", "PDT");
    private static final int THAT_WINDOW = 8;
    private static final int SUBJECT_WINDOW = 14;

    private final ArticleTokens tokens;
    private final AttributionFinder finder;

    IndirectSpeechFinder(ArticleTokens tokens, AttributionFinder finder) {
        this.tokens = tokens;
        this.finder = finder;
    }

    /**
     * @param quoteVerbs token indexes of the reporting verbs that introduce direct quotes
     */
    List<ReportedSpeech> find(Set<Integer> quoteVerbs) {
        List<ReportedSpeech> found = new ArrayList<>();
        int i = 0;
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int first = i;
            int last = i + tokens.sentenceAt(s).tokens().size() - 1;
            i = last + 1;
            Optional<ReportedSpeech> speech = accordingTo(first, last, s);
            for (int v = first; v <= last && speech.isEmpty(); v++) {
                if (!quoteVerbs.contains(v) && tokens.outsideQuotes(v)) {
                    speech = clauseAfter(v, last, s);
                    if (speech.isEmpty()) {
                        speech = clauseBefore(v, first, s);
                    }
                }
            }
            speech.ifPresent(found::add);
        }
        return found;
    }

    /** {@code X said (that) CLAUSE}, {@code X told reporters CLAUSE}, {@code … as saying CLAUSE}. */
    private Optional<ReportedSpeech> clauseAfter(int v, int last, int sentence) {
        String pos = tokens.pos(v);
        boolean participle = "VBG".equals(pos);
        if (!(FINITE.contains(pos) || participle) || !VERBS.contains(lemma(v))) {
            return Optional.empty();
        }
        Optional<Attribution> attribution = finder.attributionAt(v);
        if (attribution.isEmpty() || attribution.get().speakerFrom() > v) {
            return Optional.empty();
        }
        int start = -1;
        for (int k = v + 1; k <= Math.min(last, v + THAT_WINDOW) && tokens.outsideQuotes(k); k++) {
            if ("that".equals(tokens.lower(k)) && ("IN".equals(tokens.pos(k)) || startsClause(k + 1, last))) {
                start = k + 1;
                break;
            }
            if (tokens.pos(k).startsWith("VB") || ".".equals(tokens.get(k).text())) {
                break;
            }
        }
        if (start < 0) {
            int k = v + 1;
            if ("tell".equals(lemma(v))) {
                while (k <= last && tokens.outsideQuotes(k) && tokens.pos(k).startsWith("NN")) {
                    k++;
                }
            }
            if (startsClause(k, last)) {
                start = k;
            }
        }
        return start < 0 || start > last || !tokens.outsideQuotes(start) ? Optional.empty()
                : content(start, last).map(c -> new ReportedSpeech(c, attribution.get(), sentence));
    }

    /** {@code CLAUSE, the fire brigade said (on Sunday).} */
    private Optional<ReportedSpeech> clauseBefore(int v, int first, int sentence) {
        if (!FINITE.contains(tokens.pos(v)) || !VERBS.contains(lemma(v))) {
            return Optional.empty();
        }
        Optional<Attribution> attribution = finder.attributionAt(v);
        if (attribution.isEmpty() || attribution.get().speakerFrom() > v) {
            return Optional.empty();
        }
        int comma = attribution.get().speakerFrom() - 1;
        while (comma > first && comma >= attribution.get().speakerFrom() - 4 && !",".equals(tokens.get(comma).text())
                && ("CC".equals(tokens.pos(comma)) || tokens.pos(comma).startsWith("NN"))) {
            comma--;
        }
        if (comma <= first || !",".equals(tokens.get(comma).text())) {
            return Optional.empty();
        }
        boolean finite = false;
        for (int k = first; k < comma; k++) {
            if (!tokens.outsideQuotes(k)) {
                return Optional.empty();
            }
            finite |= FINITE.contains(tokens.pos(k));
        }
        return finite ? content(first, comma - 1).map(c -> new ReportedSpeech(c, attribution.get(), sentence))
                : Optional.empty();
    }

    /** {@code According to X, CLAUSE.} and {@code CLAUSE, according to X.} */
    private Optional<ReportedSpeech> accordingTo(int first, int last, int sentence) {
        for (int a = first; a < last; a++) {
            if (!"according".equals(tokens.lower(a)) || !tokens.outsideQuotes(a)) {
                continue;
            }
            Optional<Attribution> attribution = finder.attributionAt(a);
            if (attribution.isEmpty()) {
                return Optional.empty();
            }
            int after = attribution.get().speakerTo() + 1;
            if (a == first && after < last && ",".equals(tokens.get(after).text())) {
                return content(after + 1, last).map(c -> new ReportedSpeech(c, attribution.get(), sentence));
            }
            if (a > first + 1 && ",".equals(tokens.get(a - 1).text())) {
                return content(first, a - 2).map(c -> new ReportedSpeech(c, attribution.get(), sentence));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a clause opens at {@code k}: a subject phrase, then a finite verb, all outside quotes. */
    private boolean startsClause(int k, int last) {
        if (k > last || !tokens.outsideQuotes(k) || !CLAUSE_OPENERS.contains(tokens.pos(k))) {
            return false;
        }
        for (int j = k + 1; j <= Math.min(last, k + SUBJECT_WINDOW) && tokens.outsideQuotes(j); j++) {
            String pos = tokens.pos(j);
            if (FINITE.contains(pos)) {
                return true;
            }
            if ("that".equals(tokens.lower(j)) && "IN".equals(pos)) {
                return false;
            }
            String text = tokens.get(j).text();
            if (!Character.isLetterOrDigit(text.charAt(0)) && !",".equals(text) && !"-".equals(text)) {
                return false;
            }
        }
        return false;
    }

    /** Tokens {@code from}..{@code to} without trailing punctuation, as a span, if any words are left. */
    private Optional<Span> content(int from, int to) {
        int end = to;
        while (end >= from && !Character.isLetterOrDigit(tokens.get(end).text().charAt(0))
                && tokens.outsideQuotes(end)) {
            end--;
        }
        if (end < from) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.get(from).start(), tokens.get(end).end()));
    }

    private String lemma(int i) {
        return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }
}
