package org.eventbase.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements holding a page's article text, readability-style: each paragraph scores its parent and
 * grandparent by length and commas, containers lose score for link-heavy text, and the best container is taken
 * with those of its siblings that score well too. An {@code [itemprop=articleBody]} or single {@code <article>}
 * holding most of that text is preferred.
 * Example: in {@code <body><div id=menu>..links..</div><div><p>Long prose, with commas ...</p><p>...</p></div></body>}
 * the second div is the main content.
 */
final class MainContentFinder {
    private static final String PARAGRAPHS = "p, pre, td, blockquote, li, div, section";
    private static final String BLOCK_CHILDREN = "p, div, section, article, table, ul, ol, pre, blockquote, h1, h2, h3, h4, h5, h6";

    List<Element> find(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>(); // document order: ties resolve the same way every run
        for (Element el : body.select(PARAGRAPHS)) {
            if (!isParagraph(el)) {
                continue;
            }
            String text = el.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,，]", -1).length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = el.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                double share = level == 0 ? score : level == 1 ? score / 2 : score / 6;
                scores.merge(parent, initial(parent) + share, (old, added) -> old + share);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > topScore) {
                topScore = score;
                top = entry.getKey();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        Element preferred = preferred(body, top);
        if (preferred != null) {
            return List.of(preferred);
        }
        Element widened = widened(top, body);
        return widened != top ? List.of(widened) : withGoodSiblings(top, topScore, scores);
    }

    /**
     * Climbs from {@code top} to an ancestor when the ancestor adds mostly more prose: article text split into
     * several containers by figures or ads.
     */
    private static Element widened(Element top, Element body) {
        Element current = top;
        for (int level = 0; level < 6 && current.parent() != null && current != body; level++) {
            Element parent = current.parent();
            int prose = prose(current);
            int parentProse = prose(parent);
            int addedText = parent.text().length() - current.text().length();
            int addedProse = parentProse - prose;
            int addedTeaserLinks = teaserLinks(parent) - teaserLinks(current);
            if (addedText > 0 && !(addedProse >= 0.2 * prose && addedProse >= 0.6 * addedText
                    && linkDensity(parent) < 0.3 && addedTeaserLinks < 2)) {
                break;
            }
            current = parent;
        }
        return prose(current) > prose(top) ? current : top;
    }

    /** Headings that link elsewhere: the titles of teasers for other articles. */
    private static int teaserLinks(Element el) {
        return el.select("h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4").size();
    }

    /** Characters in paragraphs that are mostly not links. */
    private static int prose(Element el) {
        int total = 0;
        for (Element p : el.select("p")) {
            if (linkDensity(p) < 0.5) {
                total += p.text().length();
            }
        }
        return total;
    }

    private static boolean isParagraph(Element el) {
        if (el.is("p, pre")) {
            return true;
        }
        int blockDescendants = el.select(BLOCK_CHILDREN).size() - (el.is(BLOCK_CHILDREN) ? 1 : 0);
        return blockDescendants == 0;
    }

    private static Element preferred(Element body, Element top) {
        List<Element> options = new ArrayList<>(body.select("[itemprop=articleBody]"));
        if (options.size() != 1) {
            options = new ArrayList<>(body.select("article"));
        }
        if (options.size() != 1) {
            return null;
        }
        Element option = options.get(0);
        if (option == top) {
            return option;
        }
        int topText = paragraphText(top);
        return topText > 0 && paragraphText(option) >= 0.8 * topText && linkDensity(option) < 0.4 ? option : null;
    }

    private static List<Element> withGoodSiblings(Element top, double topScore, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            String text = sibling.text();
            boolean proseParagraph = sibling.is("p") && text.length() > 80 && linkDensity(sibling) < 0.25;
            if (score >= threshold || proseParagraph) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static double initial(Element el) {
        double score = switch (el.normalName()) {
            case "article" -> 10;
            case "main" -> 5;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (el.attr("itemprop").equals("articleBody")) {
            score += 25;
        }
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        if (names.matches(".*(article|body|content|entry|main|page|post|text|blog|story).*")) {
            score += 25;
        }
        if (names.matches(".*(comment|meta|footer|footnote|sidebar|related|promo|share|social|widget|ad-|sponsor).*")) {
            score -= 25;
        }
        return score;
    }

    static double linkDensity(Element el) {
        int length = el.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : el.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / length);
    }

    private static int paragraphText(Element el) {
        int total = 0;
        for (Element p : el.select("p")) {
            total += p.text().length();
        }
        return total == 0 ? el.text().length() : total;
    }
}
