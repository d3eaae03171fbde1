package org.eventbase.eval.time;

import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring the times stage on TimeML documents: the TempEval-3 scores over all of them, and the
 * relaxed recall per gold TIMEX3 type (DATE, TIME, DURATION, SET), to show which kinds the stage finds.
 * Example: {@code report.score().valueF1()}, {@code report.recallByType().get("DATE").relaxedRecall()}.
 */
public record TimeReport(int documents, TimexScore score, Map<String, TimexScore> recallByType) {
    public TimeReport {
        recallByType = Map.copyOf(new TreeMap<>(recallByType));
    }
}
