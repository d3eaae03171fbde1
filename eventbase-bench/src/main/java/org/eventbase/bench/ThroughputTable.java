package org.eventbase.bench;

import java.util.Locale;

/**
 * The throughput results as a table: per thread count, one row for Eventbase, one for plain CoreNLP, and their
 * ratio (how many times faster Eventbase is), by wall time and by CPU time.
 * Example: {@code new ThroughputTable().add(eventbase, plain).render()}.
 */
public final class ThroughputTable {
    private final TextTable table = new TextTable("system", "threads", "articles", "wall s", "articles/s",
            "articles/s/core", "CPU ms/article", "articles/CPU-s", "process CPU ms/article");

    public ThroughputTable add(Throughput eventbase, Throughput plain) {
        row(eventbase);
        row(plain);
        table.row("ratio eventbase/plain", String.valueOf(eventbase.threads()), "-", "-",
                times(eventbase.articlesPerSecond() / plain.articlesPerSecond()),
                times(eventbase.articlesPerSecondPerCore() / plain.articlesPerSecondPerCore()),
                times(plain.cpuMillisPerArticle() / eventbase.cpuMillisPerArticle()),
                times(eventbase.articlesPerCpuSecond() / plain.articlesPerCpuSecond()),
                times(plain.processCpuMillisPerArticle() / eventbase.processCpuMillisPerArticle()));
        return this;
    }

    public String render() {
        return table.render();
    }

    private void row(Throughput t) {
        table.row(t.workload(), String.valueOf(t.threads()), String.valueOf(t.articles()),
                Benchmark.fixed(t.wallNanos() / 1e9, 1), Benchmark.fixed(t.articlesPerSecond(), 2),
                Benchmark.fixed(t.articlesPerSecondPerCore(), 2), Benchmark.fixed(t.cpuMillisPerArticle(), 1),
                Benchmark.fixed(t.articlesPerCpuSecond(), 2),
                Double.isNaN(t.processCpuMillisPerArticle()) ? "n/a" : Benchmark.fixed(t.processCpuMillisPerArticle(), 1));
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
