package org.eventbase.bench;

/**
 * The outcome of timing one workload over the corpus with some threads: counts and nanoseconds, with the rates
 * derived from them. CPU time is the worker threads' own (ThreadMXBean), which the machine's other load does not
 * inflate; process CPU adds GC and JIT threads. Example: {@code throughput.articlesPerSecondPerCore()}.
 *
 * @param articles       articles processed in the measured passes
 * @param wallNanos      elapsed time of the measured passes
 * @param workerCpuNanos CPU time of the worker threads during the measured passes
 * @param processCpuNanos CPU time of the whole JVM during the measured passes, or -1 when the JVM does not say
 */
public record Throughput(String workload, int threads, int articles, long wallNanos, long workerCpuNanos,
        long processCpuNanos) {
    public double articlesPerSecond() {
        return articles / (wallNanos / 1e9);
    }

    public double articlesPerSecondPerCore() {
        return articlesPerSecond() / threads;
    }

    public double cpuMillisPerArticle() {
        return workerCpuNanos / 1e6 / articles;
    }

    /** Articles per second of worker CPU: the throughput per core on an otherwise idle machine. */
    public double articlesPerCpuSecond() {
        return articles / (workerCpuNanos / 1e9);
    }

    public double processCpuMillisPerArticle() {
        return processCpuNanos < 0 ? Double.NaN : processCpuNanos / 1e6 / articles;
    }
}
