package org.eventbase.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.Span;

/**
 * Pairs predicted quotes with gold quotes of one article, one to one: a pair needs at least half of the gold
 * content's word tokens ({@code \w+}) and at least half of the predicted content's tokens in common. Each gold
 * quote, in text order, takes the unpaired prediction with the largest share in common.
 * Example: gold {@code We will stay here} and predicted {@code We will stay here,” she said} share 4 of 4 and 4 of
 * 6 tokens: a pair.
 */
public final class QuoteMatcher {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double MIN_SHARE = 0.5;

    /** A gold quote and the prediction paired with it. */
    public record Pair(GoldQuote gold, PredictedQuote predicted) {}

    /** The pairs, and what stayed unpaired on either side. */
    public record Result(List<Pair> pairs, List<GoldQuote> missed, List<PredictedQuote> spurious) {}

    private final int[] starts;

    public QuoteMatcher(String text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(m.start());
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    public Result match(List<GoldQuote> gold, List<PredictedQuote> predicted) {
        boolean[] used = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        List<GoldQuote> missed = new ArrayList<>();
        for (GoldQuote g : gold) {
            int goldTokens = tokensIn(g.content(), null);
            int best = -1;
            double bestShare = 0;
            for (int p = 0; p < predicted.size(); p++) {
                if (used[p]) {
                    continue;
                }
                Span content = predicted.get(p).content();
                int predictedTokens = tokensIn(List.of(content), null);
                int shared = tokensIn(g.content(), content);
                double share = Math.min(ratio(shared, goldTokens), ratio(shared, predictedTokens));
                if (share >= MIN_SHARE && share > bestShare) {
                    best = p;
                    bestShare = share;
                }
            }
            if (best < 0) {
                missed.add(g);
            } else {
                used[best] = true;
                pairs.add(new Pair(g, predicted.get(best)));
            }
        }
        List<PredictedQuote> spurious = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                spurious.add(predicted.get(p));
            }
        }
        return new Result(pairs, missed, spurious);
    }

    /** Tokens starting inside one of {@code pieces} and, when {@code also} is given, inside it too. */
    private int tokensIn(List<Span> pieces, Span also) {
        int count = 0;
        for (int start : starts) {
            if (also != null && (start < also.start() || start >= also.end())) {
                continue;
            }
            for (Span piece : pieces) {
                if (piece.start() <= start && start < piece.end()) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
