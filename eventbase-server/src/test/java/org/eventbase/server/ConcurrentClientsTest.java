package org.eventbase.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 clients at once, each mixing reads (events, an article, search, the audit log) with reviews, for
 * {@code -Deventbase.loadSeconds} seconds (default 10; the acceptance run is 30): no request fails and
 * every review the server acknowledged is in the audit log. The API's latency percentiles (p50, p95, p99, as each
 * client saw them) are printed and written to {@code target/load-test/load-test.txt}; they are measured, not
 * asserted.
 */
class ConcurrentClientsTest {
    private static final int CLIENTS = 50;
    /** What request {@code i % 5} of each client is. */
    private static final List<String> KINDS = List.of("POST review", "GET events?limit=50", "GET article",
            "GET search", "GET audit log");

    @Test
    void fiftyClientsReadingAndReviewingLoseNothing(@TempDir Path dir) throws Exception {
        Duration length = Duration.ofSeconds(Long.getLong("eventbase.loadSeconds", 10));
        String article = ServedStore.codedArticleId();
        List<String> events = List.of("/api/v1/events/" + article + "-ev1", "/api/v1/events/" + article + "-ev2");
        try (RunningServer server = RunningServer.over(ServedStore.copyInto(dir))) {
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger reads = new AtomicInteger();
            List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
            for (int k = 0; k < KINDS.size(); k++) {
                latencies.add(new ConcurrentLinkedQueue<>());
            }
            String loadBefore = loadAverage();
            long end = System.nanoTime() + length.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        long sent = System.nanoTime();
                        String event = events.get((client + i) % 2);
                        RunningServer.Answer a = switch (i % 5) {
                            case 0 -> server.post(event + "/reviews", "{\"status\":\"accepted\",\"reviewer\":\"client "
                                    + client + "\",\"reason\":\"round " + i + "\"}", server.token());
                            case 1 -> server.get("/api/v1/events?limit=50");
                            case 2 -> server.get("/api/v1/articles/" + article);
                            case 3 -> server.get("/api/v1/search?q=guards");
                            default -> server.get(event + "/reviews");
                        };
                        latencies.get(i % 5).add(System.nanoTime() - sent);
                        if (a.status() != (i % 5 == 0 ? 201 : 200)) {
                            failures.add(a.status() + " " + a.body());
                        } else if (i % 5 == 0) {
                            acknowledged.incrementAndGet();
                        } else {
                            reads.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            assertThat(failures).isEmpty();
            int logged = 0;
            for (String event : events) {
                logged += server.get(event + "/reviews").json().get("items").size();
            }
            // Every client's first request is a review; more rounds depend on the machine's speed, not on correctness.
            assertThat(acknowledged.get()).isGreaterThanOrEqualTo(CLIENTS);
            assertThat(logged).isEqualTo(acknowledged.get());
            List<Long> every = new ArrayList<>();
            latencies.forEach(every::addAll);
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%d clients for %d s: %d reviews and %d reads, none failed (load average before: %s)%n",
                    CLIENTS, length.toSeconds(), acknowledged.get(), reads.get(), loadBefore));
            report.append(Latencies.of("all requests", every).describe()).append('\n');
            for (int k = 0; k < KINDS.size(); k++) {
                report.append(Latencies.of(KINDS.get(k), new ArrayList<>(latencies.get(k))).describe()).append('\n');
            }
            System.out.print(report);
            Path out = Path.of("target", "load-test", "load-test.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        }
    }

    /** The machine's 1/5/15-minute load averages (Linux), so that the latencies can be read against them. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
