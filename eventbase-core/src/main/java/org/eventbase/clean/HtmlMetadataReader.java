package org.eventbase.clean;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's own metadata: Open Graph and other meta tags, JSON-LD, the canonical link, {@code <time>}.
 * Example: {@code <meta property="og:title" content="Port closes | Daily Example">} with
 * {@code <meta property="og:site_name" content="Daily Example">} gives title "Port closes", publisher "Daily Example".
 */
final class HtmlMetadataReader {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");

    /** The page's metadata; {@code pageUrl} is where the page was fetched from, if known, for the syndicator. */
    ArticleMetadata read(Document page, String pageUrl) {
        JsonLdArticle jsonLd = JsonLdArticle.from(
                page.select("script[type=application/ld+json]").stream().map(Element::data).toList());
        String siteName = first(meta(page, "og:site_name"), meta(page, "application-name"));
        String publisher = first(jsonLd.publisherName(), siteName, meta(page, "publisher"));
        String url = first(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url"), jsonLd.url());
        String title = title(page, jsonLd, java.util.Arrays.asList(siteName, publisher));
        String byline = byline(first(nonUrl(meta(page, "author")), jsonLd.author(),
                nonUrl(meta(page, "article:author")), meta(page, "byl"), meta(page, "parsely-author"),
                meta(page, "sailthru.author"), meta(page, "dc.creator")));
        String published = firstPlausibleDate(meta(page, "article:published_time"), jsonLd.datePublished(),
                attr(page, "[itemprop=datePublished]", "content"), attr(page, "[itemprop=datePublished]", "datetime"),
                meta(page, "parsely-pub-date"), meta(page, "pubdate"), meta(page, "publishdate"),
                meta(page, "date"), meta(page, "dc.date"), meta(page, "dc.date.issued"), meta(page, "sailthru.date"),
                attr(page, "article time[datetime]", "datetime"), attr(page, "time[datetime]", "datetime"));
        String syndicator = syndicator(first(pageUrl, url), publisher, jsonLd.publisherUrl());
        return new ArticleMetadata(title, first(url, pageUrl), publisher, syndicator, byline, published);
    }

    /** "By ANN LEE, Staff Writer" → "ANN LEE"; other values as they are. */
    private static String byline(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = BylineLine.PATTERN.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    /** The first value that normalises to a date between 1900 and 2100 (pages carry placeholders like 0001-01-01). */
    private static String firstPlausibleDate(String... values) {
        for (String value : values) {
            String date = org.eventbase.ingest.PublicationDates.normalise(value).orElse(null);
            if (date != null && date.compareTo("1900") >= 0 && date.compareTo("2100") < 0) {
                return date;
            }
        }
        return null;
    }

    private static String title(Document page, JsonLdArticle jsonLd, List<String> siteNames) {
        String h1 = page.selectFirst("h1") == null ? null : page.selectFirst("h1").text().strip();
        String candidate = first(meta(page, "og:title"), meta(page, "twitter:title"), jsonLd.headline(),
                h1, page.title());
        return candidate == null ? null : withoutSiteSuffix(candidate, siteNames);
    }

    /** "Port closes | Daily Example" → "Port closes", when "Daily Example" is the site's name. */
    static String withoutSiteSuffix(String title, List<String> siteNames) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = squash(parts[parts.length - 1]);
        String firstPart = squash(parts[0]);
        for (String site : siteNames) {
            if (site == null || squash(site).isEmpty()) {
                continue;
            }
            String name = squash(site);
            if (last.equals(name) || name.contains(last) || last.contains(name)) {
                return title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceFirst(
                        TITLE_SEPARATOR.pattern() + "$", "").strip();
            }
            if (firstPart.equals(name)) {
                return title.substring(parts[0].length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
            }
        }
        return title.strip();
    }

    private static String syndicator(String pageUrl, String publisher, String publisherUrl) {
        String host = host(pageUrl);
        if (host == null) {
            return null;
        }
        String publisherHost = host(publisherUrl);
        if (publisherHost != null) {
            return sameSite(host, publisherHost) ? null : host;
        }
        return publisher == null || PublisherSite.belongsTo(host, publisher) ? null : host;
    }

    private static boolean sameSite(String a, String b) {
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String meta(Document page, String key) {
        for (String attribute : List.of("property", "name", "itemprop")) {
            Element el = page.selectFirst("meta[" + attribute + "=" + key + "]");
            if (el != null && !el.attr("content").isBlank()) {
                return el.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Document page, String selector, String attribute) {
        Element el = page.selectFirst(selector);
        return el == null || el.attr(attribute).isBlank() ? null : el.attr(attribute).strip();
    }

    private static String nonUrl(String value) {
        return value == null || value.matches("(?i)^https?://.*") ? null : value;
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
