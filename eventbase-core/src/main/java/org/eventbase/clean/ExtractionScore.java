package org.eventbase.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores main-text extraction the way the article-extraction benchmark does: texts split on {@code \w+} (case
 * kept) into 4-gram shingles, matched as multisets per document; each document's tp, fp and fn are normalised by
 * their sum so every document weighs the same; precision and recall are the means over documents, F1 comes from
 * those means. Example: {@code ExtractionScore.of(List.of(new ExtractionScore.Pair("a b c d", "a b c d")))} has
 * F1 1.0.
 */
public record ExtractionScore(double precision, double recall, double f1, double accuracy, int documents) {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** One document's extracted text and its gold text. */
    public record Pair(String predicted, String truth) {}

    public static ExtractionScore of(List<Pair> pairs) {
        double precision = 0;
        double recall = 0;
        int exact = 0;
        for (Pair pair : pairs) {
            List<String> predicted = tokens(pair.predicted());
            List<String> truth = tokens(pair.truth());
            if (predicted.equals(truth)) {
                exact++;
            }
            double[] pr = precisionRecall(shingles(predicted), shingles(truth));
            precision += pr[0];
            recall += pr[1];
        }
        int n = Math.max(pairs.size(), 1);
        double p = precision / n;
        double r = recall / n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ExtractionScore(p, r, f1, (double) exact / n, pairs.size());
    }

    /** Precision and recall of one document, from tp, fp, fn normalised by their sum. */
    static double[] precisionRecall(Map<List<String>, Integer> predicted, Map<List<String>, Integer> truth) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : predicted.entrySet()) {
            int gold = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), gold);
            fp += Math.max(e.getValue() - gold, 0);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            fn += Math.max(e.getValue() - predicted.getOrDefault(e.getKey(), 0), 0);
        }
        double sum = tp + fp + fn;
        if (sum == 0) {
            return new double[] {1, 1};
        }
        tp /= sum;
        fp /= sum;
        fn /= sum;
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        return new double[] {precision, recall};
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SHINGLE) {
            shingles.put(List.copyOf(tokens), 1);
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return shingles;
    }
}
