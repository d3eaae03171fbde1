package org.eventbase.eval.geo;

import java.util.List;

/**
 * Toponym detection against gold spans, summed over documents: a gold toponym is found when a predicted place
 * mention overlaps it; a predicted mention is correct when it overlaps a gold toponym. Precision, recall and F1
 * show what geocoding accuracy, scored only on toponyms found, leaves out. Example:
 * {@code ToponymDetectionScore.EMPTY.plus(gold, predicted).f1()}.
 */
public record ToponymDetectionScore(int gold, int predicted, int goldFound, int predictedCorrect) {
    public static final ToponymDetectionScore EMPTY = new ToponymDetectionScore(0, 0, 0, 0);

    /** This score with one document counted in. */
    public ToponymDetectionScore plus(List<GoldToponym> goldToponyms, List<PredictedToponym> predictedToponyms) {
        int found = (int) goldToponyms.stream()
                .filter(g -> predictedToponyms.stream().anyMatch(p -> overlaps(g, p))).count();
        int correct = (int) predictedToponyms.stream()
                .filter(p -> goldToponyms.stream().anyMatch(g -> overlaps(g, p))).count();
        return new ToponymDetectionScore(gold + goldToponyms.size(), predicted + predictedToponyms.size(),
                goldFound + found, predictedCorrect + correct);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static boolean overlaps(GoldToponym g, PredictedToponym p) {
        return g.start() < p.end() && p.start() < g.end();
    }
}
