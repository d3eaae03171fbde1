package org.eventbase.eval.quote;

/**
 * Quote detection and attribution counts, summed over articles: precision (predictions paired or part of a
 * paired gold quote, over predictions counted), recall (gold quotes paired, over gold quotes) and F1, and over
 * the pairs the share whose speaker and whose kind agree with the gold. Example:
 * {@code QuoteScore.EMPTY.plus(result).f1()}.
 *
 * @param matched          gold quotes paired with a prediction
 * @param predictedMatched predictions paired, or taken as parts of a paired gold quote
 */
public record QuoteScore(int gold, int predicted, int matched, int predictedMatched, int speakerCorrect,
        int kindCorrect, int kindKnown) {
    public static final QuoteScore EMPTY = new QuoteScore(0, 0, 0, 0, 0, 0, 0);

    /** This score with one article's pairing counted in. */
    public QuoteScore plus(QuoteMatcher.Result result) {
        int speakers = 0;
        int kinds = 0;
        int known = 0;
        for (QuoteMatcher.Pair pair : result.pairs()) {
            if (SpeakerMatch.agrees(pair.gold(), pair.predicted())) {
                speakers++;
            }
            if (pair.gold().kind() != null) {
                known++;
                if (pair.gold().kind() == pair.predicted().kind()) {
                    kinds++;
                }
            }
        }
        int pairs = result.pairs().size();
        int right = pairs + result.parts().size();
        return new QuoteScore(gold + pairs + result.missed().size(), predicted + right + result.spurious().size(),
                matched + pairs, predictedMatched + right, speakerCorrect + speakers, kindCorrect + kinds,
                kindKnown + known);
    }

    public double precision() {
        return ratio(predictedMatched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched quotes whose predicted speaker is the gold one. */
    public double speakerAccuracy() {
        return ratio(speakerCorrect, matched);
    }

    /** Share of matched quotes with a gold kind whose predicted kind is the same. */
    public double kindAccuracy() {
        return ratio(kindCorrect, kindKnown);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
