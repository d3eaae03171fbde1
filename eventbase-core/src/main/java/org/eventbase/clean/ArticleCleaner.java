package org.eventbase.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;

/**
 * Turns a raw article (plain text or an HTML page) into its title and clean body text, with a map back to raw
 * offsets, the metadata found on the way, and a record of everything dropped. Cheap to build, thread-safe, reusable.
 * Example: {@code new ArticleCleaner().clean(new RawArticle("a.txt", TEXT, "Port closes\n\nRain closed the port.\n\n"
 * + "This video could not be played", null))} has title "Port closes", text "Rain closed the port." and one "player error" removal.
 */
public final class ArticleCleaner {
    private final TextBodyExtractor textExtractor = new TextBodyExtractor();
    private final HtmlBodyExtractor htmlExtractor = new HtmlBodyExtractor();

    public ArticleCleaner() {}

    /** Throws InputException(raw.input(), "no article text left after cleaning ...") when nothing article-like remains. */
    public CleanedArticle clean(RawArticle raw) {
        String content = raw.content() == null ? "" : raw.content();
        Extraction extraction;
        try {
            extraction = switch (raw.format()) {
                case TEXT -> textExtractor.extract(content, raw.metadata().title());
                case HTML -> htmlExtractor.extract(content, raw.metadata().url());
            };
        } catch (NestingDepth.TooDeep e) {
            throw new InputException(raw.input(), String.format(java.util.Locale.ROOT,
                    "HTML elements nested %,d levels deep, more than the %,d a page may have; the page is broken",
                    e.depth, NestingDepth.MAX));
        }
        List<Block> all = new ArrayList<>();
        if (extraction.title() != null) {
            all.add(extraction.title());
        }
        all.addAll(extraction.body());
        List<GluedWordRepair.Split> splits = new ArrayList<>();
        List<Block> repaired = new GluedWordRepair(EnglishLexicon.instance()).repair(all, splits);
        List<Block> body = extraction.title() == null ? repaired : repaired.subList(1, repaired.size());
        CleanTextBuilder builder = new CleanTextBuilder(content);
        body.forEach(builder::append);
        String text = builder.text();
        if (text.isBlank()) {
            throw new InputException(raw.input(), "no article text left after cleaning (" + extraction.removals().size()
                    + " pieces removed as cruft); check that the input is a news article, not a list or a player page");
        }
        String title = extraction.title() == null ? extraction.found().title() : repaired.get(0).text();
        ArticleMetadata found = new ArticleMetadata(title, null, null, null, null, null).orElse(extraction.found());
        List<Removal> removals = new ArrayList<>(extraction.removals());
        removals.sort(Comparator.comparingInt(Removal::rawStart));
        return new CleanedArticle(title, text, builder.offsetMap(), found, removals);
    }
}
