package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an element's content into paragraph blocks: text between block-level tags becomes one block, with each
 * word's raw position and the share of the block's text inside links. Words split only by inline tags
 * ({@code Wor<b>d</b>}) are joined, as a browser shows them.
 * Example: {@code <div><p>Rain <a href=x>closed</a> the port.</p><h2>Ships wait</h2></div>} gives the blocks
 * "Rain closed the port." (link share 0.3) and "Ships wait" (a heading).
 */
final class PageBlockCollector implements NodeVisitor {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "br", "hr", "header",
            "footer", "center", "address", "details", "summary", "body");

    /** A block and the share of its characters that sit inside links. */
    record PageBlock(Block block, double linkShare) {}

    private final String raw;
    private final List<PageBlock> blocks = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private int linkedChars;
    private int chars;
    private boolean heading;
    private boolean endedWithSpace = true;

    private PageBlockCollector(String raw) {
        this.raw = raw;
    }

    static List<PageBlock> collect(Element container, String raw) {
        PageBlockCollector collector = new PageBlockCollector(raw);
        container.traverse(collector);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            addText(text);
        } else if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
            flush();
            heading = el.normalName().matches("h[1-6]");
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
            flush();
        }
    }

    private void addText(TextNode text) {
        String whole = text.getWholeText();
        if (whole.isEmpty()) {
            return;
        }
        List<Word> found = text.sourceRange().isTracked()
                ? Words.decodedFrom(whole, raw, text.sourceRange().startPos(), text.sourceRange().endPos())
                : Words.decodedFrom(whole, raw, -1, -1);
        int length = found.stream().mapToInt(w -> w.text().length()).sum();
        chars += length;
        if (insideLink(text)) {
            linkedChars += length;
        }
        if (!found.isEmpty() && !words.isEmpty() && !endedWithSpace && !Words.isSpace(whole.charAt(0))) {
            found = new ArrayList<>(found);
            found.set(0, found.get(0).attachedToPrevious());
        }
        words.addAll(found);
        endedWithSpace = Words.isSpace(whole.charAt(whole.length() - 1));
    }

    private void flush() {
        if (!words.isEmpty()) {
            blocks.add(new PageBlock(Block.of(words, heading), chars == 0 ? 0 : (double) linkedChars / chars));
        }
        words.clear();
        linkedChars = 0;
        chars = 0;
        heading = false;
        endedWithSpace = true;
    }

    private static boolean insideLink(Node node) {
        for (Node at = node.parentNode(); at != null; at = at.parentNode()) {
            if (at instanceof Element el && el.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
