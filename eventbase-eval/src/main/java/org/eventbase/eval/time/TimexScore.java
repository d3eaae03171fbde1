package org.eventbase.eval.time;

import java.util.ArrayList;
import java.util.List;

/**
 * TempEval-3 task A scores, summed over documents: strict (same span) and relaxed (overlapping span) precision,
 * recall and F1, and value F1 = relaxed F1 × value accuracy on the relaxed matches. Matches are one to one, each
 * predicted expression taking the first unmatched gold one it fits. Example:
 * {@code TimexScore.EMPTY.plus(doc.timexes(), predicted).valueF1()}.
 */
public record TimexScore(int gold, int predicted, int strictMatches, int relaxedMatches, int valueMatches) {
    public static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0);

    /** This score with one document counted in. */
    public TimexScore plus(List<GoldTimex> goldTimexes, List<PredictedTimex> predictedTimexes) {
        int strict = matches(goldTimexes, predictedTimexes, true).size();
        List<Pair> relaxed = matches(goldTimexes, predictedTimexes, false);
        int values = (int) relaxed.stream().filter(p -> p.gold.value().equals(p.predicted.value())).count();
        return new TimexScore(gold + goldTimexes.size(), predicted + predictedTimexes.size(),
                strictMatches + strict, relaxedMatches + relaxed.size(), valueMatches + values);
    }

    private record Pair(GoldTimex gold, PredictedTimex predicted) {}

    private static List<Pair> matches(List<GoldTimex> gold, List<PredictedTimex> predicted, boolean strict) {
        boolean[] used = new boolean[gold.size()];
        List<Pair> pairs = new ArrayList<>();
        for (PredictedTimex p : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                GoldTimex g = gold.get(i);
                boolean fits = strict ? g.start() == p.start() && g.end() == p.end()
                        : g.start() < p.end() && p.start() < g.end();
                if (!used[i] && fits) {
                    used[i] = true;
                    pairs.add(new Pair(g, p));
                    break;
                }
            }
        }
        return pairs;
    }

    public double strictPrecision() {
        return ratio(strictMatches, predicted);
    }

    public double strictRecall() {
        return ratio(strictMatches, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedMatches, predicted);
    }

    public double relaxedRecall() {
        return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Share of relaxed matches whose normalised value equals the gold value. */
    public double valueAccuracy() {
        return ratio(valueMatches, relaxedMatches);
    }

    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
