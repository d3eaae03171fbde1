package org.eventbase.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.Span;

/**
 * Pairs predicted quotes with gold quotes of one article: a pair needs at least half of the gold content's word
 * tokens ({@code \w+}) and at least half of the predicted content's tokens in common. Each gold quote, in text
 * order, takes the unpaired prediction with the largest share in common. Further predictions lying mostly inside
 * a paired gold quote are parts of it ({@code “A,” she said, “B.”} against a gold quote over both parts) and
 * count as right, not as spurious; so do predictions that together cover half a gold quote none covers alone.
 * Predictions lying mostly inside an {@code ignored} region (gold content outside the view being scored) are
 * left out of the count.
 * Example: gold {@code We will stay here} and predicted {@code We will stay here,” she said} share 4 of 4 and 4 of
 * 6 tokens: a pair.
 */
public final class QuoteMatcher {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double MIN_SHARE = 0.5;

    /** A gold quote and the prediction paired with it. */
    public record Pair(GoldQuote gold, PredictedQuote predicted) {}

    /**
     * The pairs, what stayed unpaired on either side, the predictions taken as further parts of a paired gold
     * quote, and the number of predictions left out as inside an ignored region.
     */
    public record Result(List<Pair> pairs, List<GoldQuote> missed, List<PredictedQuote> spurious,
            List<PredictedQuote> parts, int ignored) {
        public Result(List<Pair> pairs, List<GoldQuote> missed, List<PredictedQuote> spurious) {
            this(pairs, missed, spurious, List.of(), 0);
        }
    }

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
        return match(gold, predicted, List.of());
    }

    public Result match(List<GoldQuote> gold, List<PredictedQuote> predicted, List<List<Span>> ignored) {
        boolean[] used = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        List<GoldQuote> missed = new ArrayList<>();
        List<PredictedQuote> parts = new ArrayList<>();
        for (GoldQuote g : gold) {
            int goldTokens = tokensIn(g.content(), null);
            int best = -1;
            double bestShare = 0;
            int unionShared = 0;
            List<Integer> inside = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (used[p]) {
                    continue;
                }
                Span content = predicted.get(p).content();
                int predictedTokens = tokensIn(List.of(content), null);
                int shared = tokensIn(g.content(), content);
                double share = Math.min(ratio(shared, goldTokens), ratio(shared, predictedTokens));
                if (ratio(shared, predictedTokens) >= MIN_SHARE) {
                    inside.add(p);
                    unionShared += shared;
                }
                if (share >= MIN_SHARE && share > bestShare) {
                    best = p;
                    bestShare = share;
                }
            }
            if (best < 0 && !inside.isEmpty() && ratio(unionShared, goldTokens) >= MIN_SHARE) {
                best = inside.get(0);
            }
            if (best < 0) {
                missed.add(g);
                continue;
            }
            used[best] = true;
            pairs.add(new Pair(g, predicted.get(best)));
            for (int p : inside) {
                if (!used[p]) {
                    used[p] = true;
                    parts.add(predicted.get(p));
                }
            }
        }
        List<PredictedQuote> spurious = new ArrayList<>();
        int left = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (used[p]) {
                continue;
            }
            Span content = predicted.get(p).content();
            int predictedTokens = tokensIn(List.of(content), null);
            boolean inIgnored = ignored.stream()
                    .anyMatch(region -> ratio(tokensIn(region, content), predictedTokens) >= MIN_SHARE);
            if (inIgnored) {
                left++;
            } else {
                spurious.add(predicted.get(p));
            }
        }
        return new Result(pairs, missed, spurious, parts, left);
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
