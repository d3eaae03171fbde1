package org.eventbase.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness: makes requests to one host start at least a given delay apart, across threads. Each host has the
 * time its next request may start; {@link #awaitTurn} reserves the next slot and sleeps until it.
 * Example: with a delay of 1 s, three requests to {@code example.org} start at 0 s, 1 s and 2 s, while a request to
 * {@code example.net} goes at once.
 */
final class HostPacer {
    private final Map<String, Long> nextStart = new HashMap<>();

    /** Waits until a request to {@code host} may start, {@code delay} after the previous one started. */
    void awaitTurn(String host, Duration delay) throws InterruptedException {
        long start;
        synchronized (nextStart) {
            long now = System.nanoTime();
            start = Math.max(now, nextStart.getOrDefault(host, now));
            nextStart.put(host, start + delay.toNanos());
        }
        long wait = start - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
