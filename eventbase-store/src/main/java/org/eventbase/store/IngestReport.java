package org.eventbase.store;

import java.util.Locale;

/**
 * What an ingest run did. Example: {@code 120 new, 3 replaced, 40 duplicate, 2 failed, 0 reprocessed in 61.2 s
 * (2.0 articles/s)}.
 *
 * @param added       articles stored for the first time
 * @param replaced    articles whose input was stored before with other content, now replaced
 * @param duplicates  inputs skipped because their content was already stored (or read twice in this run)
 * @param failed      inputs that could not be read, extracted or stored (each has a row in {@code failures})
 * @param reprocessed stored articles extracted again because another pipeline version made them
 */
public record IngestReport(long added, long replaced, long duplicates, long failed, long reprocessed,
        double seconds) {
    /** Articles extracted per second: new, replaced and reprocessed ones. */
    public double rate() {
        return seconds <= 0 ? 0 : (added + replaced + reprocessed) / seconds;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d new, %d replaced, %d duplicate, %d failed, %d reprocessed in %.1f s "
                + "(%.2f articles/s)", added, replaced, duplicates, failed, reprocessed, seconds, rate());
    }
}
