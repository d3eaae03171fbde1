package org.eventbase.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark run of the job (run by {@code bench/spark}, not a test): writes the generated mixed corpus if it is
 * not there yet, loads the models in this JVM (the only executor in local mode) and warms it up by running the
 * whole job once on a smaller corpus of other articles (without it, the JIT compiler kept most of a second core busy
 * through a one-minute run, so local[2] had nothing to gain), then times the job on the corpus and prints one result
 * line. Usage: {@code SparkBench MASTER WORK_DIR ARTICLES [WARMUP_ARTICLES]}, e.g.
 * {@code SparkBench local[2] target/spark-bench 240 60}.
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        String master = args[0];
        Path work = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        Path corpus = work.resolve("corpus-" + articles);
        if (!Files.isDirectory(corpus)) {
            MixedCorpus.write(corpus, 42, articles);
        }
        int warmupArticles = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Path warmupCorpus = work.resolve("warmup-" + warmupArticles);
        if (!Files.isDirectory(warmupCorpus)) {
            MixedCorpus.write(warmupCorpus, 4242, warmupArticles);
        }
        String name = master.replaceAll("[^a-z0-9]", "");
        Path output = work.resolve("out-" + name);
        Path warmupOutput = work.resolve("warmup-out-" + name);
        deleteRecursively(output);
        deleteRecursively(warmupOutput);
        SparkSession spark = SparkSession.builder().master(master).appName("eventbase-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.warehouse.dir", "target/spark-warehouse").getOrCreate();
        new CorpusExtraction(spark).run(JobOptions.parse("--input", warmupCorpus.toUri().toString(),
                "--output", warmupOutput.toUri().toString()));
        deleteRecursively(warmupOutput);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        RunReport report = new CorpusExtraction(spark).run(JobOptions.parse("--input", corpus.toUri().toString(),
                "--output", output.toUri().toString()));
        spark.stop();
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.println(String.format(Locale.ROOT,
                "RESULT master=%s cores=%d articles=%d failures=%d wall_s=%.1f articles_per_s=%.3f "
                        + "articles_per_s_per_core=%.3f loadavg_before=\"%s\" loadavg_after=\"%s\"",
                master, report.cores(), report.articles(), report.failures(), report.wallSeconds(),
                report.articlesPerSecond(), report.articlesPerSecondPerCore(), loadBefore, loadAfter));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
