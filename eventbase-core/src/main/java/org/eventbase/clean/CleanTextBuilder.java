package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.OffsetMap;

/**
 * Joins kept blocks into the clean text (one space between words, one blank line between paragraphs) and records
 * the offset map. Words copied verbatim become segments; adjacent words separated by exactly one raw space share one.
 * Example: blocks {@code [a@0, b@2]} and {@code [c@10]} give {@code "a b\n\nc"} with segments (0,0,3) and (5,10,1).
 */
final class CleanTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<OffsetMap.Segment> segments = new ArrayList<>();
    private final String raw;

    CleanTextBuilder(String raw) {
        this.raw = raw;
    }

    CleanTextBuilder append(Block block) {
        if (block.isEmpty()) {
            return this;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        boolean first = true;
        for (Word word : block.words()) {
            if (!first) {
                text.append(' ');
            }
            addSegment(word, first);
            text.append(word.text());
            first = false;
        }
        return this;
    }

    private void addSegment(Word word, boolean firstInBlock) {
        if (!word.copied()) {
            return;
        }
        int cleanStart = text.length();
        if (!firstInBlock && !segments.isEmpty()) {
            OffsetMap.Segment last = segments.get(segments.size() - 1);
            boolean adjacentInClean = last.cleanStart() + last.length() == cleanStart - 1;
            int rawGap = last.rawStart() + last.length();
            if (adjacentInClean && word.rawStart() == rawGap + 1 && raw.charAt(rawGap) == ' ') {
                segments.set(segments.size() - 1,
                        new OffsetMap.Segment(last.cleanStart(), last.rawStart(), last.length() + 1 + word.text().length()));
                return;
            }
        }
        segments.add(new OffsetMap.Segment(cleanStart, word.rawStart(), word.text().length()));
    }

    String text() {
        return text.toString();
    }

    OffsetMap offsetMap() {
        return new OffsetMap(segments);
    }
}
