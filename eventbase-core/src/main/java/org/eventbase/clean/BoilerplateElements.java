package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Finds and detaches the parts of a page that are never article text: navigation, headers and footers, asides,
 * forms, scripts, figures and captions, and blocks whose tag, ARIA role, class or id names share buttons, related
 * links, newsletters, ads, cookie banners, comments and the like.
 * Example: {@code <div class="social-share">Share on X</div>} is removed as "share or social block".
 */
final class BoilerplateElements {
    private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, object, embed, canvas, "
            + "link, meta, head, input, select, textarea, button, img, picture, video, audio, source";
    private static final String STRUCTURAL = "nav, aside, footer, header, form, figure, figcaption, dialog, menu";
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "alert");
    private static final Set<String> WORDS = Set.of(
            "share", "shares", "sharing", "sharebar", "social", "socials", "related", "newsletter", "newsletters",
            "promo", "promos", "promotion", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot",
            "adunit", "dfp", "gpt", "cookie", "cookies", "consent", "gdpr", "comment", "comments", "disqus", "footer",
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "byline", "bylines", "sidebar",
            "widget", "widgets", "subscribe", "subscription", "signup", "paywall", "popup", "modal", "banner",
            "sponsor", "sponsored", "outbrain", "taboola", "recommended", "recommendations", "recirc",
            "recirculation", "trending", "popular", "tags", "caption", "captions", "credit", "masthead", "toolbar",
            "print", "dateline", "timestamp", "skip", "hidden", "hide", "visually", "sronly", "author", "bio",
            "pagination", "pager", "header", "rail", "carousel", "slideshow", "gallery",
            "tooltip", "rollover", "popover", "hovercard", "flyout", "dropdown", "overlay", "toc", "readmore", "moreon", "further", "keywords", "topics");
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "body", "content", "story", "main", "entry", "post", "text", "articlebody", "storybody");

    /** An element holding more than this share of the page's prose wraps the article, whatever its name says. */
    private static final double WRAPPER_SHARE = 0.3;

    /** Detaches boilerplate from {@code root}; returns a removal for each detached element that had text. */
    List<Removal> detach(Element root) {
        List<Removal> removals = new ArrayList<>();
        for (Element el : root.select(INVISIBLE)) {
            el.remove();
        }
        int pageProse = Math.max(proseLength(root), 1);
        for (Element el : root.select("*")) {
            if (el.parent() == null || !isAttached(el, root)) {
                continue;
            }
            String reason = reasonFor(el);
            if (reason != null && proseLength(el) > WRAPPER_SHARE * pageProse) {
                continue;
            }
            if (reason != null) {
                String text = el.text().strip();
                if (!text.isEmpty()) {
                    removals.add(new Removal(start(el), end(el), reason, text));
                }
                el.remove();
            }
        }
        return removals;
    }

    private static String reasonFor(Element el) {
        if (el.is(STRUCTURAL)) {
            return switch (el.normalName()) {
                case "nav", "menu" -> "navigation";
                case "header" -> "page header";
                case "footer" -> "page footer";
                case "aside" -> "aside";
                case "form" -> "form";
                case "figure", "figcaption" -> "photo caption";
                default -> "dialog";
            };
        }
        if (el.is("time") && el.parent() != null && !el.parent().is("p, li, td, span, a, em, strong, b, i")) {
            return "timestamp";
        }
        if (ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
            return "navigation";
        }
        if (el.hasAttr("hidden") || el.attr("aria-hidden").equals("true")
                || el.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return "hidden element";
        }
        if (el.is("body, html, main, article, p, h1, h2, h3, h4, h5, h6, [itemprop=articleBody]")) {
            return null;
        }
        String word = boilerplateWord(el);
        if (word == null) {
            return null;
        }
        if (hasContentWord(el) && el.text().length() > 500 || isEmbeddedPost(el)) {
            return null;
        }
        return "boilerplate block (" + word + ")";
    }

    private static String boilerplateWord(Element el) {
        for (String token : tokens(el)) {
            if (WORDS.contains(token)) {
                return token;
            }
        }
        return null;
    }

    /** A post from a social network quoted in the article ({@code <blockquote class="twitter-tweet">}) is content. */
    private static boolean isEmbeddedPost(Element el) {
        return tokens(el).stream().anyMatch(t -> t.startsWith("embed"))
                || !el.select("blockquote[class~=(?i)tweet|instagram|tiktok|facebook|embed|social]").isEmpty();
    }

    private static boolean hasContentWord(Element el) {
        for (String token : tokens(el)) {
            if (CONTENT_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(Element el) {
        String names = (el.className() + " " + el.id()).replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String token : names.split("[^a-z0-9]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Characters of text in the element's paragraphs, or all its text when it has none. */
    private static int proseLength(Element el) {
        int total = 0;
        for (Element p : el.select("p")) {
            total += p.text().length();
        }
        return total > 0 ? total : el.text().length() / 4;
    }

    private static boolean isAttached(Element el, Element root) {
        for (Element at = el; at != null; at = at.parent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }

    static int start(Element el) {
        Range range = el.sourceRange();
        return range.isTracked() ? range.startPos() : 0;
    }

    static int end(Element el) {
        Range range = el.endSourceRange();
        if (range.isTracked()) {
            return range.endPos();
        }
        Range open = el.sourceRange();
        return open.isTracked() ? open.endPos() : 0;
    }
}
