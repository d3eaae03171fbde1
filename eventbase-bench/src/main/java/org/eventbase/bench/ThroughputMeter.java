package org.eventbase.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;

/**
 * Runs a workload over a corpus on N threads sharing one work queue and measures wall time, worker CPU time and
 * process CPU time. Example: {@code new ThroughputMeter().measure(workload, articles, 2, 1)}.
 */
public final class ThroughputMeter {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** Processes every article {@code passes} times on {@code threadCount} threads; the first failure is rethrown. */
    public Throughput measure(Workload workload, List<BenchArticle> articles, int threadCount, int passes) {
        int total = articles.size() * passes;
        AtomicInteger next = new AtomicInteger();
        AtomicLong workerCpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            long processCpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                workers.add(pool.submit(() -> {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        workload.process(articles.get(i % articles.size()));
                    }
                    workerCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long wall = System.nanoTime() - start;
            long processCpuEnd = processCpuNanos();
            long processCpu = processCpuStart < 0 ? -1 : processCpuEnd - processCpuStart;
            return new Throughput(workload.name(), threadCount, total, wall, workerCpu.get(), processCpu);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(workload.name() + " failed during the benchmark: " + e.getCause(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time of this whole JVM so far, all threads (GC and JIT included), or -1 when the JVM does not say. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
