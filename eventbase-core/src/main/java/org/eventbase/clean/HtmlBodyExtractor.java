package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts an HTML page's article: metadata from its head, boilerplate elements detached, the main content
 * container found by {@link MainContentFinder}, its block elements turned into paragraphs, link lists and cruft
 * lines dropped, and a first paragraph that repeats the title removed.
 * Example: a page with a menu, {@code <h1>Port closes</h1>}, three prose paragraphs and a "Share on X" bar gives
 * title "Port closes" and the three paragraphs.
 */
final class HtmlBodyExtractor {
    /** On pages a "Source:" line usually names news agencies; only a host there names a syndicator. */
    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9-]+\\.)+[a-z]{2,}");

    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final BoilerplateElements boilerplate = new BoilerplateElements();
    private final MainContentFinder contentFinder = new MainContentFinder();
    private final CruftFilter cruftFilter = new CruftFilter(false);

    Extraction extract(String raw, String pageUrl) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(raw, "");
        int depth = NestingDepth.of(page);
        if (depth > NestingDepth.MAX) {
            throw new NestingDepth.TooDeep(depth);
        }
        ArticleMetadata found = metadataReader.read(page, pageUrl);
        Element body = page.body();
        List<Removal> removals = new ArrayList<>(boilerplate.detach(body));
        List<Element> containers = contentFinder.find(body);
        removals.addAll(outsideMainText(body, containers, raw));
        for (Element container : containers) {
            for (Element headline : container.select("h1")) {
                removals.add(new Removal(BoilerplateElements.start(headline), BoilerplateElements.end(headline),
                        "headline", headline.text()));
                headline.remove();
            }
        }
        List<PageBlockCollector.PageBlock> blocks = new ArrayList<>();
        for (Element container : containers) {
            blocks.addAll(PageBlockCollector.collect(container, raw));
        }
        List<Block> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            String reason = reasonBeforeFilter(blocks.get(i), i, found);
            if (reason == null) {
                candidates.add(block);
            } else {
                removals.add(block.removal(reason));
                if (reason.equals("byline") && found.byline() == null) {
                    Matcher m = BylineLine.PATTERN.matcher(block.text());
                    found = new ArticleMetadata(null, null, null, null, m.matches() ? m.group(1) : null, null)
                            .orElse(found);
                }
            }
        }
        CruftFilter.Result filtered = cruftFilter.apply(candidates);
        removals.addAll(filtered.removals());
        String sourceHost = filtered.syndicator() != null && HOST.matcher(filtered.syndicator()).matches()
                ? filtered.syndicator() : null;
        found = found.orElse(new ArticleMetadata(null, null, filtered.publisher(), sourceHost, null, null));
        return new Extraction(null, filtered.kept(), removals, found);
    }

    private static String reasonBeforeFilter(PageBlockCollector.PageBlock pageBlock, int index, ArticleMetadata found) {
        Block block = pageBlock.block();
        String text = block.text();
        if (index < 3 && found.title() != null
                && CruftLineClassifier.normalised(text).equals(CruftLineClassifier.normalised(found.title()))) {
            return "title repeated";
        }
        if (index < 6 && block.words().size() <= 12 && BylineLine.PATTERN.matcher(text).matches()) {
            return "byline";
        }
        boolean linkedProse = block.words().size() >= 15 && CruftLineClassifier.endsLikeSentence(text);
        if (pageBlock.linkShare() > 0.6 && block.words().size() < 40 && !linkedProse) {
            return "link list";
        }
        return null;
    }

    /** The page's remaining text blocks that lie outside every main-text container. */
    private static List<Removal> outsideMainText(Element body, List<Element> containers, String raw) {
        if (containers.contains(body)) {
            return List.of();
        }
        List<Removal> removals = new ArrayList<>();
        for (PageBlockCollector.PageBlock pageBlock : PageBlockCollector.collect(body, raw)) {
            Block block = pageBlock.block();
            boolean inside = containers.stream().anyMatch(container ->
                    BoilerplateElements.start(container) <= block.rawStart()
                            && block.rawStart() < BoilerplateElements.end(container));
            if (!inside) {
                removals.add(block.removal("outside main text"));
            }
        }
        return removals;
    }
}
