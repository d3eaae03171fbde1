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
        GoldQuote[] pairedWith = new GoldQuote[predicted.size()];
        List<GoldQuote> unpaired = new ArrayList<>();
        for (GoldQuote g : gold) {
            int goldTokens = tokensIn(g.content(), null);
            int best = -1;
            double bestShare = 0;
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p]) {
                    int shared = tokensIn(g.content(), predicted.get(p).content());
                    double share = Math.min(ratio(shared, goldTokens), ratio(shared, size(predicted.get(p))));
                    if (share >= MIN_SHARE && share > bestShare) {
                        best = p;
                        bestShare = share;
                    }
                }
            }
            if (best < 0) {
                unpaired.add(g);
            } else {
                used[best] = true;
                pairedWith[best] = g;
            }
        }
        List<PredictedQuote> parts = new ArrayList<>();
        List<GoldQuote> missed = new ArrayList<>();
        for (GoldQuote g : unpaired) {
            List<Integer> inside = new ArrayList<>();
            int union = 0;
            for (int p = 0; p < predicted.size(); p++) {
                int shared = tokensIn(g.content(), predicted.get(p).content());
                if (!used[p] && ratio(shared, size(predicted.get(p))) >= MIN_SHARE) {
                    inside.add(p);
                    union += shared;
                }
            }
            if (inside.isEmpty() || ratio(union, tokensIn(g.content(), null)) < MIN_SHARE) {
                missed.add(g);
                continue;
            }
            pairedWith[inside.get(0)] = g;
            for (int p : inside) {
                used[p] = true;
                if (p != inside.get(0)) {
                    parts.add(predicted.get(p));
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<PredictedQuote> spurious = new ArrayList<>();
        int left = 0;
        for (int p = 0; p < predicted.size(); p++) {
            PredictedQuote q = predicted.get(p);
            if (pairedWith[p] != null) {
                pairs.add(new Pair(pairedWith[p], q));
            } else if (used[p]) {
                continue;
            } else if (mostlyInside(q, pairedGold(pairedWith))) {
                parts.add(q);
            } else if (mostlyInside(q, ignored)) {
                left++;
            } else {
                spurious.add(q);
            }
        }
        pairs.sort((a, b) -> a.gold().content().get(0).compareTo(b.gold().content().get(0)));
        return new Result(pairs, missed, spurious, parts, left);
    }

    private static List<List<Span>> pairedGold(GoldQuote[] pairedWith) {
        List<List<Span>> regions = new ArrayList<>();
        for (GoldQuote g : pairedWith) {
            if (g != null) {
                regions.add(g.content());
            }
        }
        return regions;
    }

    private boolean mostlyInside(PredictedQuote q, List<List<Span>> regions) {
        int size = size(q);
        return regions.stream().anyMatch(region -> ratio(tokensIn(region, q.content()), size) >= MIN_SHARE);
    }

    private int size(PredictedQuote q) {
        return tokensIn(List.of(q.content()), null);
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
