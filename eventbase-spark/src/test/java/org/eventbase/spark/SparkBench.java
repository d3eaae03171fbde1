package org.eventbase.spark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark run of the job (run by {@code bench/spark}, not a test): writes the generated mixed corpus if it is
 * not there yet, loads the models in this JVM (the only executor in local mode) and warms it up by running the
 * whole job on a corpus of other articles, round after round, until the JIT compiler is quiet (it compiles for less
 * than a tenth of a round's wall time) or {@value #MAX_WARMUP_ROUNDS} rounds have run: CoreNLP, Spark and Parquet
 * are a lot of code, and methods called once per article or sentence reach the optimising compiler only after
 * thousands of articles, so without this the compiler takes most of the second core and local[2] has nothing to
 * gain. Then it times the job on the corpus and prints one line per warm-up round and one result line with the
 * JVM's CPU, GC pause and JIT time during the timed run, and what a second core gave a plain CPU-bound program just
 * before and after it (on a shared virtual machine that varies from run to run). Usage:
 * {@code SparkBench MASTER WORK_DIR ARTICLES [WARMUP_ARTICLES]}, e.g. {@code SparkBench local[2] target/spark-bench 960 240}.
 */
public final class SparkBench {
    private static final int MAX_WARMUP_ROUNDS = 10;
    private static final double QUIET_JIT_SHARE = 0.1;

    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        String master = args[0];
        Path work = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        Path corpus = work.resolve("corpus-" + articles);
        if (!Files.isDirectory(corpus)) {
            MixedCorpus.write(corpus, 42, articles);
        }
        int warmupArticles = args.length > 3 ? Integer.parseInt(args[3]) : 240;
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
        // Warm up until the JIT compiler is quiet: it compiles for less than a tenth of a warm-up run's wall time.
        for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
            JvmCpu before = JvmCpu.now();
            RunReport warmup = new CorpusExtraction(spark).run(JobOptions.parse("--input",
                    warmupCorpus.toUri().toString(), "--output", warmupOutput.toUri().toString()));
            deleteRecursively(warmupOutput);
            JvmCpu used = JvmCpu.now().minus(before);
            System.out.println(String.format(Locale.ROOT, "WARMUP round=%d wall_s=%.1f process_cpu_s=%.1f jit_s=%.1f",
                    round, warmup.wallSeconds(), used.processSeconds(), used.jitSeconds()));
            if (used.jitSeconds() < QUIET_JIT_SHARE * warmup.wallSeconds()) {
                break;
            }
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        double scalingBefore = twoCoreScaling();
        JvmCpu cpuBefore = JvmCpu.now();
        System.out.println("BENCH timed run starts");
        RunReport report = new CorpusExtraction(spark).run(JobOptions.parse("--input", corpus.toUri().toString(),
                "--output", output.toUri().toString()));
        JvmCpu cpu = JvmCpu.now().minus(cpuBefore);
        spark.stop();
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        double scalingAfter = twoCoreScaling();
        System.out.println(String.format(Locale.ROOT,
                "RESULT master=%s cores=%d articles=%d failures=%d wall_s=%.1f articles_per_s=%.3f "
                        + "articles_per_s_per_core=%.3f process_cpu_s=%.1f gc_pause_s=%.1f jit_s=%.1f "
                        + "machine_scaling_before=%.2f machine_scaling_after=%.2f loadavg_before=\"%s\" loadavg_after=\"%s\"",
                master, report.cores(), report.articles(), report.failures(), report.wallSeconds(),
                report.articlesPerSecond(), report.articlesPerSecondPerCore(), cpu.processSeconds(),
                cpu.gcPauseSeconds(), cpu.jitSeconds(), scalingBefore, scalingAfter, loadBefore, loadAfter));
    }

    /**
     * What a second core gives a CPU-bound program on this machine right now: two threads each hash as much as one
     * thread alone, and the result is twice the one thread's wall time over the two threads' (2.0 on two idle
     * cores; less when other programs, or the host of a virtual machine, take a core's time). The median of three.
     */
    private static double twoCoreScaling() {
        hashingSeconds(2); // compiles the digest first
        double[] ratios = new double[3];
        for (int i = 0; i < ratios.length; i++) {
            double one = hashingSeconds(1);
            ratios[i] = 2 * one / hashingSeconds(2);
        }
        Arrays.sort(ratios);
        return ratios[1];
    }

    private static double hashingSeconds(int threads) {
        List<Thread> hashers = IntStream.range(0, threads).mapToObj(t -> new Thread(() -> {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] block = new byte[1 << 16];
                for (int i = 0; i < 4096; i++) {
                    sha.update(block);
                }
                sha.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        long start = System.nanoTime();
        hashers.forEach(Thread::start);
        for (Thread hasher : hashers) {
            try {
                hasher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The JVM's CPU time, GC pause time and JIT compile time so far, in seconds. */
    private record JvmCpu(double processSeconds, double gcPauseSeconds, double jitSeconds) {
        static JvmCpu now() {
            double process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
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
