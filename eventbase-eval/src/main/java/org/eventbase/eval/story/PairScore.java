package org.eventbase.eval.story;

/**
 * Precision and recall over pairs, for near-duplicate detection: a pair of articles is a true positive when the
 * system and the gold both put them in one group. Example: gold pairs {(a,b)}, system pairs {(a,b),(a,c)}: precision
 * 0.5, recall 1.
 */
public record PairScore(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
