package org.eventbase.ingest;

/**
 * Limits on what is read, so that one huge input cannot exhaust memory.
 * Example: {@code new ReadLimits(50L * 1024 * 1024)} accepts articles (and JSONL lines) up to 50 MiB.
 *
 * @param maxBytes the largest file (for text and HTML, after gzip decompression) or JSONL line accepted, in bytes
 */
public record ReadLimits(long maxBytes) {
    private static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** 20 MiB: far above any news article, small enough to hold in memory. */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES);
    }

    /** The limit as a user reads it, e.g. {@code 20 MiB} or {@code 1500 bytes}. */
    String describe() {
        return ByteSizes.describe(maxBytes);
    }
}
