package org.eventbase.eval.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eventbase.model.Span;

/**
 * Matches predicted events to gold events within one article, one to one. A pair is a candidate when the types
 * agree (unless the matcher ignores types) and a predicted evidence span overlaps the gold evidence sentence as
 * found in the article's clean text; candidates are taken greedily, largest character overlap first (ties: earlier
 * gold event, then earlier predicted event). Example: gold PROTEST "Thousands marched in Lyon on Monday." and
 * a predicted PROTEST whose evidence is that sentence form a pair.
 */
public final class EventMatcher {
    private final boolean typesMustAgree;

    private EventMatcher(boolean typesMustAgree) {
        this.typesMustAgree = typesMustAgree;
    }

    /** The scorer's matcher: same PLOVER type and overlapping evidence. */
    public static EventMatcher byTypeAndEvidence() {
        return new EventMatcher(true);
    }

    /** Detection only: overlapping evidence, any type. */
    public static EventMatcher byEvidence() {
        return new EventMatcher(false);
    }

    public EventMatching match(String text, List<GoldEvent> gold, List<PredictedEvent> predicted) {
        record Candidate(int gold, int predicted, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span evidence = locate(text, gold.get(g).evidence());
            if (evidence == null) {
                continue;
            }
            for (int p = 0; p < predicted.size(); p++) {
                PredictedEvent guess = predicted.get(p);
                if (typesMustAgree && guess.type() != gold.get(g).type()) {
                    continue;
                }
                int overlap = overlap(evidence, guess.evidence());
                if (overlap > 0) {
                    candidates.add(new Candidate(g, p, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<EventMatching.Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold()] && !predictedUsed[c.predicted()]) {
                goldUsed[c.gold()] = true;
                predictedUsed[c.predicted()] = true;
                pairs.add(new EventMatching.Pair(gold.get(c.gold()), predicted.get(c.predicted())));
            }
        }
        List<GoldEvent> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                missed.add(gold.get(g));
            }
        }
        List<PredictedEvent> spurious = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedUsed[p]) {
                spurious.add(predicted.get(p));
            }
        }
        return new EventMatching(pairs, missed, spurious);
    }

    /**
     * Where {@code evidence} is in {@code text}: verbatim, else with any run of whitespace standing for any other
     * (the cleaner may rejoin lines); null when the cleaner dropped or changed it.
     */
    public static Span locate(String text, String evidence) {
        int at = text.indexOf(evidence);
        if (at >= 0) {
            return new Span(at, at + evidence.length());
        }
        String pattern = Arrays.stream(evidence.trim().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
        Matcher m = Pattern.compile(pattern).matcher(text);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    private static int overlap(Span gold, List<Span> spans) {
        int best = 0;
        for (Span s : spans) {
            best = Math.max(best, Math.min(gold.end(), s.end()) - Math.max(gold.start(), s.start()));
        }
        return best;
    }
}
