package org.eventbase.spark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.eventbase.bench.ThroughputMeter;

/**
 * The Spark job's benchmark (run by {@code bench/spark}, not a test): local[1] against local[2] on the same
 * generated mixed corpus, in one JVM. It writes the corpus if it is not there yet, loads the models (this JVM is
 * the only executor in local mode) and warms up by running the whole job in local[2] on a corpus of other articles,
 * round after round, until the JIT compiler is quiet (it compiles for less than a tenth of a round's wall time) or
 * {@value #MAX_WARMUP_ROUNDS} rounds have run: CoreNLP, Spark and Parquet are a lot of code, and methods called once
 * per article or sentence reach the optimising compiler only after thousands of articles, so without this the
 * compiler takes most of the second core and local[2] has nothing to gain. Then it times the job in pairs of runs,
 * one local[1] and one local[2] each, in alternating order (a fresh Spark session per run; the models and the
 * compiled code stay), so that a machine whose speed drifts, as a shared virtual machine's does, slows both alike.
 * It prints one line per warm-up round, one result line per timed run (with the JVM's CPU, GC pause and JIT time
 * during the run, the extraction job's own wall time, and what a second core gave two threads of compute-bound and
 * of memory-bound work just before it) and a summary: the median speed-up of the whole job and of its extraction job
 * over the pairs, and the median articles/s per core of each master. Usage:
 * {@code SparkBench WORK_DIR ARTICLES [WARMUP_ARTICLES [PAIRS]]}, e.g. {@code SparkBench target/spark-bench 480 240 3}.
 */
public final class SparkBench {
    private static final int MAX_WARMUP_ROUNDS = 10;
    private static final double QUIET_JIT_SHARE = 0.1;
    private static final String ONE = "local[1]";
    private static final String TWO = "local[2]";
    /** Where the memory-bound probe leaves its last read, so that the compiler cannot drop the reads. */
    private static volatile int chased;

    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int warmupArticles = args.length > 2 ? Integer.parseInt(args[2]) : 240;
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path corpus = corpus(work.resolve("corpus-" + articles), 42, articles);
        Path warmupCorpus = corpus(work.resolve("warmup-" + warmupArticles), 4242, warmupArticles);
        Path output = work.resolve("out");

        SparkSession warmupSession = session(TWO);
        for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
            JvmCpu before = JvmCpu.now();
            RunReport warmup = run(warmupSession, warmupCorpus, output);
            JvmCpu used = JvmCpu.now().minus(before);
            System.out.println(String.format(Locale.ROOT, "WARMUP round=%d wall_s=%.1f process_cpu_s=%.1f jit_s=%.1f",
                    round, warmup.wallSeconds(), used.processSeconds(), used.jitSeconds()));
            if (used.jitSeconds() < QUIET_JIT_SHARE * warmup.wallSeconds()) {
                break;
            }
        }
        warmupSession.stop();

        List<Double> speedUps = new ArrayList<>();
        List<Double> extractionSpeedUps = new ArrayList<>();
        Map<String, List<Double>> perCore = new TreeMap<>();
        for (int pair = 1; pair <= pairs; pair++) {
            Map<String, RunReport> reports = new TreeMap<>();
            for (String master : pair % 2 == 1 ? List.of(ONE, TWO) : List.of(TWO, ONE)) {
                SparkSession spark = session(master);
                double computeScaling = twoCoreScaling(SparkBench::hashing);
                double memoryScaling = twoCoreScaling(SparkBench::chasing);
                String load = Files.readString(Path.of("/proc/loadavg")).trim();
                JvmCpu before = JvmCpu.now();
                RunReport report = run(spark, corpus, output);
                JvmCpu cpu = JvmCpu.now().minus(before);
                spark.stop();
                reports.put(master, report);
                perCore.computeIfAbsent(master, m -> new ArrayList<>()).add(report.articlesPerSecondPerCore());
                System.out.println(String.format(Locale.ROOT,
                        "RESULT pair=%d master=%s cores=%d articles=%d failures=%d wall_s=%.1f extraction_s=%.1f "
                                + "articles_per_s=%.3f articles_per_s_per_core=%.3f process_cpu_s=%.1f "
                                + "gc_pause_s=%.1f jit_s=%.1f machine_scaling_compute=%.2f "
                                + "machine_scaling_memory=%.2f loadavg=\"%s\"",
                        pair, master, report.cores(), report.articles(), report.failures(), report.wallSeconds(),
                        report.extractionSeconds(), report.articlesPerSecond(), report.articlesPerSecondPerCore(),
                        cpu.processSeconds(), cpu.gcPauseSeconds(), cpu.jitSeconds(), computeScaling, memoryScaling,
                        load));
            }
            speedUps.add(reports.get(ONE).wallSeconds() / reports.get(TWO).wallSeconds());
            extractionSpeedUps.add(reports.get(ONE).extractionSeconds() / reports.get(TWO).extractionSeconds());
        }
        System.out.println(String.format(Locale.ROOT,
                "SUMMARY pairs=%d articles=%d speed_up_median=%.2f speed_ups=%s extraction_speed_up_median=%.2f "
                        + "extraction_speed_ups=%s local1_articles_per_s_per_core=%.2f "
                        + "local2_articles_per_s_per_core=%.2f",
                pairs, articles, median(speedUps), joined(speedUps), median(extractionSpeedUps),
                joined(extractionSpeedUps), median(perCore.get(ONE)), median(perCore.get(TWO))));
    }

    private static String joined(List<Double> values) {
        return values.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(","));
    }

    private static Path corpus(Path dir, long seed, int articles) throws IOException {
        if (!Files.isDirectory(dir)) {
            MixedCorpus.write(dir, seed, articles);
        }
        return dir;
    }

    private static SparkSession session(String master) {
        return JobSession.builder("eventbase-bench").master(master).config("spark.ui.enabled", "false")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse").getOrCreate();
    }

    /** Runs the whole job on the corpus into a fresh output directory, deleted afterwards. */
    private static RunReport run(SparkSession spark, Path corpus, Path output) throws IOException {
        deleteRecursively(output);
        RunReport report = new CorpusExtraction(spark).run(JobOptions.parse("--input", corpus.toUri().toString(),
                "--output", output.toUri().toString()));
        deleteRecursively(output);
        return report;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * What a second core gives a program on this machine right now: two threads each do as much work as one thread
     * alone, and the result is twice the one thread's wall time over the two threads' (2.0 when the two cores share
     * nothing; less when they share caches or memory bandwidth, or when other programs, or other guests of a
     * virtual machine's host, take their time). The median of three tries.
     */
    private static double twoCoreScaling(IntFunction<Runnable> work) {
        seconds(work, 2); // compiles the work first
        double[] ratios = new double[3];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = 2 * seconds(work, 1) / seconds(work, 2);
        }
        Arrays.sort(ratios);
        return ratios[1];
    }

    /** Wall time of {@code threads} threads, each running its own work, prepared before the clock starts. */
    private static double seconds(IntFunction<Runnable> work, int threads) {
        List<Thread> workers = IntStream.range(0, threads).mapToObj(t -> new Thread(work.apply(t))).toList();
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Compute-bound work: SHA-256 of 256 MB, all in registers and the first-level cache. */
    private static Runnable hashing(int thread) {
        byte[] block = new byte[1 << 16];
        return () -> {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (int i = 0; i < 4096; i++) {
                    sha.update(block);
                }
                sha.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Memory-bound work, like the NLP models' lookups in big tables: 50 million dependent reads at random places in
     * 16 MB of its own (a random cycle, Sattolo's shuffle, so each read waits for the one before).
     */
    private static Runnable chasing(int thread) {
        int[] next = IntStream.range(0, 1 << 22).toArray();
        Random random = new Random(thread);
        for (int i = next.length - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int swap = next[i];
            next[i] = next[j];
            next[j] = swap;
        }
        return () -> {
            int at = 0;
            for (int i = 0; i < 50_000_000; i++) {
                at = next[at];
            }
            chased = at;
        };
    }

    /** The JVM's CPU time, GC pause time and JIT compile time so far, in seconds. */
    private record JvmCpu(double processSeconds, double gcPauseSeconds, double jitSeconds) {
        static JvmCpu now() {
            double process = ThroughputMeter.processCpuNanos() / 1e9;
            double gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum() / 1e3;
            double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
            return new JvmCpu(process, gc, jit);
        }

        JvmCpu minus(JvmCpu earlier) {
            return new JvmCpu(processSeconds - earlier.processSeconds, gcPauseSeconds - earlier.gcPauseSeconds,
                    jitSeconds - earlier.jitSeconds);
        }
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
