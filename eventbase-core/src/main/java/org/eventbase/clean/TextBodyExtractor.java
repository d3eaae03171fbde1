package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.eventbase.model.ArticleMetadata;

/**
 * Finds title, byline and body paragraphs in a plain-text article: the first non-empty line that is not cruft
 * ("Skip to content") is the title,
 * "By ..." lines right after it are the byline, every other line is judged by {@link CruftFilter}; kept lines
 * separated by a blank line are paragraphs, lines hard-wrapped mid-sentence are joined.
 * Example: {@code "Port closes\nBy Ann Lee\n\nRain closed the port.\n\nPhoto: Ann Lee/AP"} gives title
 * "Port closes", byline "Ann Lee", one paragraph, and a "photo credit" removal.
 */
final class TextBodyExtractor {
    private static final int BYLINE_WINDOW = 3;
    /** A lone line this long is a paragraph, not a headline without a story. */
    private static final int MIN_WORDS_OF_A_LONE_PARAGRAPH = 8;

    /** Cruft that is never a headline; "Live: ..." or "Watch: ..." may well be one. */
    private static final Set<String> CRUFT_ABOVE_TITLE = Set.of("navigation", "advertisement", "player error",
            "cookie notice", "share or subscribe prompt", "share buttons", "social handles", "timestamp");

    private final CruftFilter cruftFilter = new CruftFilter(true);
    private final CruftLineClassifier classifier = new CruftLineClassifier();

    private record Line(Block block, boolean blankBefore) {}

    /**
     * @param knownTitle the title the container already gave (a JSONL field), or null; when given, the first line
     *                   is the title only if it repeats it, otherwise it is body text
     */
    Extraction extract(String raw, String knownTitle) {
        List<Line> lines = lines(raw);
        Block title = null;
        boolean titleSettled = false;
        String byline = null;
        List<Removal> removals = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        int nonEmptySeen = 0;
        for (Line line : lines) {
            if (!titleSettled) {
                String reason = classifier.reasonFor(line.block().text()).orElse(null);
                if (reason != null && CRUFT_ABOVE_TITLE.contains(reason)) {
                    removals.add(line.block().removal(reason));
                    continue;
                }
                titleSettled = true;
                if (knownTitle == null || sameTitle(knownTitle, line.block().text())) {
                    title = line.block();
                    continue;
                }
            }
            nonEmptySeen++;
            Matcher m = BylineLine.PATTERN.matcher(line.block().text());
            if (nonEmptySeen <= BYLINE_WINDOW && body.isEmpty() && line.block().words().size() <= 12 && m.matches()) {
                byline = byline == null ? m.group(1) : byline;
                removals.add(line.block().removal("byline"));
                continue;
            }
            body.add(line);
        }
        if (body.isEmpty() && title != null && title.words().size() >= MIN_WORDS_OF_A_LONE_PARAGRAPH) {
            // A text of one paragraph has no headline: the paragraph is the article.
            body.add(new Line(title, false));
            title = null;
        }
        CruftFilter.Result filtered = cruftFilter.apply(body.stream().map(Line::block).toList());
        removals.addAll(filtered.removals());
        List<Block> paragraphs = paragraphs(body, filtered.kept());
        ArticleMetadata found = new ArticleMetadata(
                title == null ? null : title.text(), null, filtered.publisher(), filtered.syndicator(), byline, null);
        return new Extraction(title, paragraphs, removals, found);
    }

    private static boolean sameTitle(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    /** Kept lines become paragraphs; a line joins the previous kept one when it continues a hard-wrapped sentence. */
    private static List<Block> paragraphs(List<Line> all, List<Block> kept) {
        List<Block> paragraphs = new ArrayList<>();
        Block previous = null;
        int lastIndex = -2;
        for (Block block : kept) {
            int index = indexOf(all, block, lastIndex + 1);
            boolean adjacent = index == lastIndex + 1 && !all.get(index).blankBefore();
            if (previous != null && adjacent && continues(previous, block)) {
                List<Word> words = new ArrayList<>(previous.words());
                words.addAll(block.words());
                previous = new Block(words, previous.rawStart(), block.rawEnd(), false);
                paragraphs.set(paragraphs.size() - 1, previous);
            } else {
                paragraphs.add(block);
                previous = block;
            }
            lastIndex = index;
        }
        return paragraphs;
    }

    private static boolean continues(Block previous, Block next) {
        String prev = previous.text();
        if (CruftLineClassifier.endsLikeSentence(prev)) {
            return false;
        }
        char first = next.text().charAt(0);
        return Character.isLowerCase(first) || prev.length() >= 60;
    }

    private static int indexOf(List<Line> all, Block block, int from) {
        for (int i = Math.max(from, 0); i < all.size(); i++) {
            if (all.get(i).block() == block) {
                return i;
            }
        }
        return -1;
    }

    private static List<Line> lines(String raw) {
        List<Line> lines = new ArrayList<>();
        boolean blankBefore = false;
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('\n', start);
            if (end < 0) {
                end = raw.length();
            }
            List<Word> words = Words.copiedFrom(raw, start, end);
            if (words.isEmpty()) {
                blankBefore = true;
            } else {
                lines.add(new Line(Block.of(words, false), blankBefore));
                blankBefore = false;
            }
            start = end + 1;
        }
        return lines;
    }
}
