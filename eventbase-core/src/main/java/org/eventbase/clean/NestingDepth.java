package org.eventbase.clean;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * How deeply a page's elements nest, measured without recursion. Real pages nest a few dozen levels; a page nested
 * hundreds deep is broken or hostile, and the cleaner's element-by-element passes (each looking at its ancestors
 * or descendants) would take minutes on it, so {@link HtmlBodyExtractor} refuses it first.
 * Example: {@code <html><body><div><p>Hi</p></div></body></html>} has depth 4 below the document.
 */
final class NestingDepth {
    /**
     * Deepest nesting a page may have: several times what real news pages use, and half of jsoup's own cap
     * (512, beyond which it stops nesting), so that a page nested without end is caught however jsoup flattened it.
     */
    static final int MAX = 256;

    private NestingDepth() {
    }

    /** The deepest element's depth below {@code root} (its children are at depth 1). */
    static int of(Element root) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0];
    }

    /** Thrown by the HTML extractor for a page nested deeper than {@link #MAX}; the cleaner names the input. */
    static final class TooDeep extends RuntimeException {
        final int depth;

        TooDeep(int depth) {
            super("elements nested " + depth + " deep", null, false, false);
            this.depth = depth;
        }
    }
}
