package org.eventbase.bench.story;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.Document;
import org.eventbase.store.ArticleSource;
import org.eventbase.store.CandidateLookupPlan;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.StoryIndexFill;
import org.eventbase.store.StorySummary;

/**
 * Measures the cost of adding one article (save with story assignment, one transaction) to a store as it grows:
 * fills the story index with {@link SyntheticStoryArticles} up to each size ({@link StoryIndexFill}: the story rows
 * a save writes, without the articles' own rows, in large transactions), then times the next {@code sample} full
 * saves. Then it builds one story of {@code LONG} articles and times saves into it, and prints the query plan of the
 * candidate lookup. Run on a new store: {@code java -cp … org.eventbase.bench.story.StoryGrowthBench NEW.db
 * 1000,10000,100000 [SAMPLE] [LONG]} (bench/README.md). Example row: {@code 10000  200  2.1  1.9  3.4  12.0}.
 */
public final class StoryGrowthBench {
    private static final int BATCH = 2_000;

    private StoryGrowthBench() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: StoryGrowthBench NEW_STORE.db [SIZES=1000,10000,100000] [SAMPLE=200] "
                    + "[LONG=600]");
            System.exit(2);
        }
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int longStory = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        run(StoreLocation.parse(args[0]), sizes, sample, longStory, System.out);
    }

    static void run(StoreLocation location, int[] sizes, int sample, int longStory, PrintStream out) {
        try (Store store = Store.open(location)) {
            if (!store.stories(1).isEmpty()) {
                throw new IllegalArgumentException(location.given() + " already holds stories; give a new store");
            }
            out.printf("%-9s %7s %9s %9s %9s %9s%n", "stored", "sample", "mean ms", "median ms", "p90 ms", "fill s");
            int next = 0;
            for (int size : sizes) {
                long fillStart = System.nanoTime();
                if (next < size) {
                    StoryIndexFill.fill(store, SyntheticStoryArticles::document, next, size, BATCH);
                    next = size;
                }
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                List<Double> times = time(store, next, sample, SyntheticStoryArticles::document,
                        SyntheticStoryArticles::raw);
                next += sample;
                print(out, String.valueOf(size), times, fillSeconds);
            }
            long fillStart = System.nanoTime();
            StoryIndexFill.fill(store, SyntheticStoryArticles::longStoryDocument, 0, longStory, BATCH);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            List<Double> times = time(store, longStory, sample, SyntheticStoryArticles::longStoryDocument,
                    SyntheticStoryArticles::longStoryRaw);
            int articles = store.stories(1_000_000).stream().mapToInt(StorySummary::articles).max().orElse(0);
            print(out, "story of " + longStory, times, fillSeconds);
            out.println("largest story after the saves: " + articles + " articles");
            out.println("candidate lookup plan (39 keys): " + CandidateLookupPlan.of(store, 39));
        }
    }

    private static List<Double> time(Store store, int first, int sample, IntFunction<Document> documents,
            IntFunction<RawArticle> raws) {
        List<Double> times = new ArrayList<>();
        for (int k = first; k < first + sample; k++) {
            Document doc = documents.apply(k);
            ArticleSource source = ArticleSource.of(raws.apply(k));
            long start = System.nanoTime();
            store.save(doc, source, "synthetic 1");
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times;
    }

    private static void print(PrintStream out, String label, List<Double> times, double fillSeconds) {
        double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        out.printf(Locale.ROOT, "%-9s %7d %9.2f %9.2f %9.2f %9.1f%n", label, times.size(), mean,
                times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), fillSeconds);
        out.flush();
    }
}
