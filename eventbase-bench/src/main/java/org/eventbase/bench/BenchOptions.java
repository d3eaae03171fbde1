package org.eventbase.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark run does. Example: {@code new BenchOptions(null, corpusDir, 42, 120, List.of(1, 2), 30, 1,
 * false, "org.eventbase.cli.Main")} runs on 120 generated articles, with 1 then 2 threads, without the profile.
 *
 * @param articlesDir    a folder of the user's articles, or null for the generated corpus
 * @param generatedDir   where the generated corpus is written
 * @param warmupArticles articles each system processes before anything is measured
 * @param passes         measured passes over the corpus, per system and thread count
 * @param coldStartMain  main class of the {@code eventbase} command for the cold-start child JVM, or null to skip it
 */
public record BenchOptions(Path articlesDir, Path generatedDir, long seed, int count, List<Integer> threads,
        int warmupArticles, int passes, boolean profile, String coldStartMain) {
    public BenchOptions {
        threads = List.copyOf(threads);
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("thread counts must be 1 or more, got " + threads);
        }
        if (passes < 1 || count < 1 || warmupArticles < 0) {
            throw new IllegalArgumentException("passes and count must be 1 or more, warm-up 0 or more");
        }
    }
}
