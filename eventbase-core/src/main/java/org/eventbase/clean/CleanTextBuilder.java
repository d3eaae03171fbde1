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
            boolean spaced = !first && !word.attached();
            if (spaced) {
                text.append(' ');
            }
            addSegment(word, !first, spaced);
            text.append(word.text());
            first = false;
        }
        return this;
    }

    /** Records where {@code word} came from, extending the last segment when the raw text continues the same way. */
    private void addSegment(Word word, boolean continuesBlock, boolean spaced) {
        if (!word.copied()) {
            return;
        }
        int cleanStart = text.length();
        if (continuesBlock && !segments.isEmpty()) {
            OffsetMap.Segment last = segments.get(segments.size() - 1);
            int cleanEnd = last.cleanStart() + last.length();
            int rawEnd = last.rawStart() + last.length();
            boolean spaceCopied = spaced && cleanEnd == cleanStart - 1 && word.rawStart() == rawEnd + 1
                    && raw.charAt(rawEnd) == ' ';
            boolean joinCopied = !spaced && cleanEnd == cleanStart && word.rawStart() == rawEnd;
            if (spaceCopied || joinCopied) {
                segments.set(segments.size() - 1, new OffsetMap.Segment(
                        last.cleanStart(), last.rawStart(), word.rawEnd() - last.rawStart()));
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
