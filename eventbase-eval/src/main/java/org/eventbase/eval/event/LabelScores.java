package org.eventbase.eval.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-label classification scores: accuracy, and per-label and macro-averaged F1 over a fixed label set.
 * A label with neither gold nor predicted items is left out of the macro average (its F1 is undefined).
 * Example: {@code LabelScores.of(List.of("A", "B"), List.of("A", "A"), List.of("A", "B")).accuracy()} is 0.5.
 *
 * @param items    how many items were scored
 * @param correct  how many got their gold label
 * @param perLabel tp/fp/fn per label of the label set
 */
public record LabelScores(int items, int correct, Map<String, FieldScore> perLabel) {
    public LabelScores {
        perLabel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perLabel));
    }

    /** Scores {@code predicted} against {@code gold} (same order) over {@code labels}. */
    public static LabelScores of(List<String> labels, List<String> gold, List<String> predicted) {
        Map<String, FieldScore> perLabel = new LinkedHashMap<>();
        labels.forEach(l -> perLabel.put(l, FieldScore.EMPTY));
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i);
            String p = predicted.get(i);
            if (g.equals(p)) {
                correct++;
                perLabel.computeIfPresent(g, (l, s) -> s.plus(1, 0, 0));
            } else {
                perLabel.computeIfPresent(g, (l, s) -> s.plus(0, 0, 1));
                perLabel.computeIfPresent(p, (l, s) -> s.plus(0, 1, 0));
            }
        }
        return new LabelScores(gold.size(), correct, perLabel);
    }

    public double accuracy() {
        return items == 0 ? 0 : (double) correct / items;
    }

    /** Mean F1 over the labels that occur in gold or predictions. */
    public double macroF1() {
        List<FieldScore> seen = perLabel.values().stream()
                .filter(s -> s.truePositives() + s.falsePositives() + s.falseNegatives() > 0).toList();
        return seen.isEmpty() ? 0 : seen.stream().mapToDouble(FieldScore::f1).average().orElse(0);
    }
}
