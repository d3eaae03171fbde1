package org.eventbase.eval.ner;

/**
 * Entity-level exact-match counts for one type (or all types) and the precision, recall and F1 from them; each is
 * 0 when its denominator is. Example: {@code new TypeScore(8, 2, 8)} has precision 0.8, recall 0.5, F1 0.615.
 *
 * @param truePositives  predicted entities equal to a gold entity in span and type
 * @param falsePositives predicted entities with no equal gold entity
 * @param falseNegatives gold entities with no equal predicted entity
 */
public record TypeScore(int truePositives, int falsePositives, int falseNegatives) {
    public static final TypeScore ZERO = new TypeScore(0, 0, 0);

    public TypeScore plus(TypeScore other) {
        return new TypeScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
        return truePositives + falseNegatives;
    }

    public int predicted() {
        return truePositives + falsePositives;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
