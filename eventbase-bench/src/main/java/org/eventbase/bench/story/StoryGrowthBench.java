package org.eventbase.bench.story;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eventbase.pipeline.Document;
import org.eventbase.store.ArticleSource;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;

/**
 * Measures the cost of adding one article (save with story assignment, one transaction) to a store as it grows:
 * fills the store with {@link SyntheticStoryArticles} up to each size, then times the next {@code sample} saves.
 * Run: {@code java -cp … org.eventbase.bench.story.StoryGrowthBench STORE.db 1000,10000,100000 [SAMPLE]}
 * (bench/README.md). Example row: {@code 10000  200  2.1  1.9  3.4}.
 */
public final class StoryGrowthBench {
    private StoryGrowthBench() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: StoryGrowthBench STORE.db [SIZES=1000,10000,100000] [SAMPLE=200]");
            System.exit(2);
        }
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        run(StoreLocation.parse(args[0]), sizes, sample, System.out);
    }

    static void run(StoreLocation location, int[] sizes, int sample, PrintStream out) {
        out.printf("%-9s %7s %9s %9s %9s %9s%n", "stored", "sample", "mean ms", "median ms", "p90 ms", "fill s");
        try (Store store = Store.open(location)) {
            int next = store.articleIds().size();
            for (int size : sizes) {
                long fillStart = System.nanoTime();
                while (next < size) {
                    save(store, next++);
                }
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                List<Double> times = new ArrayList<>();
                for (int k = 0; k < sample; k++) {
                    long start = System.nanoTime();
                    save(store, next++);
                    times.add((System.nanoTime() - start) / 1e6);
                }
                times.sort(null);
                double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                out.printf(Locale.ROOT, "%-9d %7d %9.2f %9.2f %9.2f %9.1f%n", size, sample, mean,
                        times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), fillSeconds);
                out.flush();
            }
        }
    }

    private static void save(Store store, int i) {
        Document doc = SyntheticStoryArticles.document(i);
        store.save(doc, ArticleSource.of(SyntheticStoryArticles.raw(i)), "synthetic 1");
    }
}
