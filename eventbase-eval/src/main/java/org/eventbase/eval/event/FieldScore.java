package org.eventbase.eval.event;

/**
 * True positives, false positives and false negatives of one scored field, with precision, recall and F1.
 * Example: {@code new FieldScore(8, 2, 4).f1()} is {@code 0.727}. An empty side scores 0, not NaN.
 */
public record FieldScore(int truePositives, int falsePositives, int falseNegatives) {
    public static final FieldScore EMPTY = new FieldScore(0, 0, 0);

    public FieldScore plus(FieldScore o) {
        return new FieldScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public FieldScore plus(int tp, int fp, int fn) {
        return plus(new FieldScore(tp, fp, fn));
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
