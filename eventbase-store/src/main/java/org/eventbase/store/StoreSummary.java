package org.eventbase.store;

/**
 * How many rows the main tables hold. Example: {@code StoreSummary[articles=15, entities=310, quotes=42, times=88,
 * places=0, counts=0, events=0, failures=1]}.
 */
public record StoreSummary(long articles, long entities, long quotes, long times, long places, long counts,
        long events, long failures) {}
