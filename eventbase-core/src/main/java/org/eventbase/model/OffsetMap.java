package org.eventbase.model;

import java.util.List;

/**
 * Maps offsets in an article's clean text back to offsets in its raw input. The clean text is built from
 * segments copied from the raw input; each segment records where it starts in both.
 * Example: a segment {@code (0, 120, 35)} says clean characters 0..35 are raw characters 120..155.
 * Characters the cleaner inserted (paragraph breaks, a space splitting glued words) map to the nearest
 * preceding segment's raw position.
 */
public record OffsetMap(List<Segment> segments) {

    /** A run of {@code length} characters copied unchanged from {@code rawStart} to {@code cleanStart}. */
    public record Segment(int cleanStart, int rawStart, int length) {}

    public OffsetMap {
        segments = List.copyOf(segments);
    }

    public static OffsetMap identity(int length) {
        return new OffsetMap(List.of(new Segment(0, 0, length)));
    }

    /** The raw offset of the clean character at {@code cleanOffset}. */
    public int toRaw(int cleanOffset) {
        if (segments.isEmpty()) {
            return cleanOffset;
        }
        int lo = 0;
        int hi = segments.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).cleanStart() <= cleanOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        Segment s = segments.get(found);
        int delta = Math.min(Math.max(cleanOffset - s.cleanStart(), 0), s.length());
        return s.rawStart() + delta;
    }
}
