package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drops cruft blocks from an article body: each block judged alone by {@link CruftLineClassifier} and
 * {@link CreditLine}, then in context (the headline repeating a video teaser, a headline-like line wedged
 * between cruft). Credit lines found on the way name the publisher and syndicator.
 * Example: blocks {@code ["Rain closed the port.", "Video: Port closes (Agency)", "Port closes", "Ships waited."]}
 * keep the first and last; the middle two are removed as "video teaser" and "video teaser title".
 */
final class CruftFilter {
    private static final Set<String> CONTAGIOUS = Set.of(
            "video teaser", "video teaser title", "player error", "related link", "photo credit", "photo caption",
            "publisher credit", "advertisement", "share or subscribe prompt", "share buttons");

    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
            "is", "are", "vs", "via", "amid", "over", "into", "after", "before");

    private final CruftLineClassifier classifier = new CruftLineClassifier();
    private final boolean dropTitleCaseHeadlines;

    /**
     * @param dropTitleCaseHeadlines also drop Title Case headline-like lines standing between prose paragraphs:
     *                               in scraped text these are mostly teasers for other stories
     */
    CruftFilter(boolean dropTitleCaseHeadlines) {
        this.dropTitleCaseHeadlines = dropTitleCaseHeadlines;
    }

    /** What survived, what was dropped, and who the credit lines name. */
    record Result(List<Block> kept, List<Removal> removals, String publisher, String syndicator) {}

    Result apply(List<Block> blocks) {
        int n = blocks.size();
        String[] reasons = new String[n];
        String publisher = null;
        String syndicator = null;
        for (int i = 0; i < n; i++) {
            String text = blocks.get(i).text();
            Optional<CreditLine> credit = CreditLine.parse(text);
            if (credit.isPresent()) {
                reasons[i] = credit.get().reason();
                if (credit.get().kind() == CreditLine.Kind.PUBLISHER) {
                    publisher = publisher == null ? credit.get().name() : publisher;
                } else {
                    syndicator = credit.get().name();
                }
                continue;
            }
            reasons[i] = classifier.reasonFor(text).orElse(null);
        }
        markTeaserTitles(blocks, reasons);
        markLinesWedgedInCruft(blocks, reasons);
        if (dropTitleCaseHeadlines) {
            markTitleCaseHeadlinesInProse(blocks, reasons);
        }
        List<Block> kept = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (reasons[i] == null) {
                kept.add(blocks.get(i));
            } else if (!blocks.get(i).isEmpty()) {
                removals.add(blocks.get(i).removal(reasons[i]));
            }
        }
        return new Result(kept, removals, publisher, syndicator);
    }

    private static void markTeaserTitles(List<Block> blocks, String[] reasons) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!"video teaser".equals(reasons[i])) {
                continue;
            }
            String teaser = CruftLineClassifier.normalised(
                    blocks.get(i).text().replaceFirst("^[^:|]*[:|]", "").replaceFirst("\\([^()]*\\)\\s*$", ""));
            for (int j = i + 1; j < blocks.size() && j <= i + 2; j++) {
                String candidate = CruftLineClassifier.normalised(blocks.get(j).text());
                if (reasons[j] == null && !candidate.isEmpty() && !teaser.isEmpty()
                        && (teaser.contains(candidate) || candidate.contains(teaser))
                        && CruftLineClassifier.isHeadlineLike(blocks.get(j).text())) {
                    reasons[j] = "video teaser title";
                }
            }
        }
    }

    private static void markLinesWedgedInCruft(List<Block> blocks, String[] reasons) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (reasons[i] != null || block.heading() || block.words().size() > 10
                    || !CruftLineClassifier.isHeadlineLike(block.text())) {
                continue;
            }
            boolean before = i > 0 && isContagious(reasons[i - 1]);
            boolean after = i + 1 < blocks.size() && isContagious(reasons[i + 1]);
            if (before && after) {
                reasons[i] = "headline-like line between cruft";
            }
        }
    }

    private static void markTitleCaseHeadlinesInProse(List<Block> blocks, String[] reasons) {
        for (int i = 1; i + 1 < blocks.size(); i++) {
            if (reasons[i] == null && isTitleCaseHeadline(blocks.get(i).text())
                    && isProse(blocks, reasons, i - 1) && isProse(blocks, reasons, i + 1)) {
                reasons[i] = "headline-like line in prose";
            }
        }
    }

    private static boolean isProse(List<Block> blocks, String[] reasons, int i) {
        String text = blocks.get(i).text();
        return reasons[i] == null && text.length() >= 80 && CruftLineClassifier.endsLikeSentence(text);
    }

    /**
     * "Celebrity Chef Opens Third Restaurant In Capital": six or more words, every major word capitalised, no
     * digits, not all capitals. Shorter Title Case lines and product names are usually subheadings, and stay.
     */
    static boolean isTitleCaseHeadline(String text) {
        if (!CruftLineClassifier.isHeadlineLike(text)) {
            return false;
        }
        String[] words = text.strip().split("\\s+");
        int major = 0;
        int capitalised = 0;
        for (String word : words) {
            String bare = word.replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (bare.isEmpty() || MINOR_WORDS.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            major++;
            if (Character.isUpperCase(bare.charAt(0))) {
                capitalised++;
            }
        }
        boolean shouting = text.equals(text.toUpperCase(java.util.Locale.ROOT));
        return words.length >= 6 && major >= 4 && capitalised == major && !shouting && !text.matches(".*\\d.*");
    }

    private static boolean isContagious(String reason) {
        return reason != null && CONTAGIOUS.contains(reason);
    }
}
