package org.eventbase.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;

/**
 * Finds reported speech without quotation marks: a speaker, a reporting verb and a {@code that} clause, in a
 * sentence with no quote in it. Example: {@code Ana Berg wrote on Facebook that the vote was rigged.} gives the
 * content "the vote was rigged", said by Ana Berg through Facebook.
 */
final class IndirectSpeechFinder {
    /** Reported speech found in one sentence. */
    record ReportedSpeech(Span content, Attribution attribution, int sentence) {}

    private static final Set<String> VERBS = Set.of("say", "tell", "write", "add", "announce", "claim", "warn",
            "state", "insist", "deny", "confirm", "post", "tweet", "argue", "allege", "admit", "acknowledge");
    private static final int THAT_WINDOW = 8;

    private final ArticleTokens tokens;
    private final AttributionFinder finder;

    IndirectSpeechFinder(ArticleTokens tokens, AttributionFinder finder) {
        this.tokens = tokens;
        this.finder = finder;
    }

    List<ReportedSpeech> find() {
        List<ReportedSpeech> found = new ArrayList<>();
        int i = 0;
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            Sentence sentence = tokens.sentenceAt(s);
            int first = i;
            int last = i + sentence.tokens().size() - 1;
            i = last + 1;
            if (hasQuote(first, last)) {
                continue;
            }
            for (int v = first; v <= last; v++) {
                Optional<ReportedSpeech> speech = reportedAt(v, last, s);
                if (speech.isPresent()) {
                    found.add(speech.get());
                    break;
                }
            }
        }
        return found;
    }

    private boolean hasQuote(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!tokens.outsideQuotes(k)) {
                return true;
            }
        }
        return false;
    }

    private Optional<ReportedSpeech> reportedAt(int v, int last, int sentence) {
        String pos = tokens.pos(v);
        if (!("VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos))
                || !VERBS.contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int that = -1;
        for (int k = v + 1; k <= Math.min(last, v + THAT_WINDOW); k++) {
            if ("that".equals(tokens.lower(k)) && "IN".equals(tokens.pos(k))) {
                that = k;
                break;
            }
            if (tokens.pos(k).startsWith("VB") || ".".equals(tokens.get(k).text())) {
                return Optional.empty();
            }
        }
        int end = last;
        while (end > that && !Character.isLetterOrDigit(tokens.get(end).text().charAt(0))) {
            end--;
        }
        if (that < 0 || end <= that) {
            return Optional.empty();
        }
        Optional<Attribution> attribution = finder.attributionAt(v);
        if (attribution.isEmpty() || attribution.get().speakerFrom() > v) {
            return Optional.empty();
        }
        Span content = new Span(tokens.get(that + 1).start(), tokens.get(end).end());
        return Optional.of(new ReportedSpeech(content, attribution.get(), sentence));
    }
}
