package org.eventbase.eval.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin 1998): for each item,
 * the share of its system cluster in its gold cluster (precision) and of its gold cluster in its system cluster
 * (recall), averaged over items. Example: gold {a,b}{c}, system {a,b,c}: precision (2/3+2/3+1/3)/3 = 0.556, recall 1.
 *
 * @param items     how many items were scored
 * @param precision mean per-item precision (1 when there are no items)
 * @param recall    mean per-item recall (1 when there are no items)
 */
public record BCubed(int items, double precision, double recall) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores items given, in the same order, their system cluster and their gold cluster labels. */
    public static BCubed score(List<String> system, List<String> gold) {
        if (system.size() != gold.size()) {
            throw new IllegalArgumentException(system.size() + " system labels but " + gold.size() + " gold labels");
        }
        int n = system.size();
        if (n == 0) {
            return new BCubed(0, 1, 1);
        }
        Map<String, Integer> systemSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> bothSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            systemSize.merge(system.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            bothSize.merge(system.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int both = bothSize.get(system.get(i) + "\u0000" + gold.get(i));
            p += both / (double) systemSize.get(system.get(i));
            r += both / (double) goldSize.get(gold.get(i));
        }
        return new BCubed(n, p / n, r / n);
    }
}
