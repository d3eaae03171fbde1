package org.eventbase.spark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.eventbase.json.DocumentJson;

/**
 * What one run of the job did, written as {@code report.json} in the output directory: rows per table,
 * the failures with reasons (the first {@value #MAX_LISTED_FAILURES}; the failures table has all), wall time and
 * throughput, and what the story stage found. Example:
 * {@code {"tables":{"articles":412,...},"stories":{"stories":230,...,"seconds":41.0},"articles_per_second":3.1,...}}.
 *
 * @param stories what the story stage found and its wall time (included in {@code wallSeconds}); null, and left
 *                out of the JSON, when the job ran with {@code --no-stories}
 * @param extractionSeconds the wall time of the job that reads and extracts every article, all in parallel (part of
 *                          {@code wallSeconds}; the rest is the table writes, the story stage and the report)
 * @param cores   Spark's default parallelism during the run (cores across executors)
 */
record RunReport(List<String> inputs, String output, Map<String, Long> tables, long articles, long failures,
        List<Failure> failureList, @JsonInclude(JsonInclude.Include.NON_NULL) StoryCounts stories, double wallSeconds,
        double extractionSeconds, double articlesPerSecond, int cores, double articlesPerSecondPerCore) {
    static final int MAX_LISTED_FAILURES = 1000;

    /** One input that gave no article. Example: {@code new Failure("a.jsonl:3", "read", "malformed JSON ...")}. */
    record Failure(String input, String stage, String reason) {}

    String json() {
        try {
            return DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run report", e);
        }
    }
}
