package org.eventbase.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventbase.model.InputException;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed read with ROME: its title and its items with links, in feed order, each link
 * once. Example: {@code Feed.parse("https://example.org/rss", bytes).items().get(0).link()}.
 *
 * @param items the entries that link to an http(s) page; relative links are resolved against the feed's URL
 */
public record Feed(String title, List<FeedItem> items) {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/xml", "text/xml", "application/x-rss+xml");
    /** The root element of a feed, after any XML declaration, comments, processing instructions or doctype. */
    private static final Pattern FEED_ROOT = Pattern.compile(
            "^\\uFEFF?(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)[\\s>/]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    public Feed {
        items = List.copyOf(items);
    }

    /** True when the content type is an XML feed type, or the body opens with an {@code rss}, {@code feed} or {@code rdf:RDF} root. */
    public static boolean looksLikeFeed(String contentType, byte[] body) {
        if (FEED_TYPES.contains(contentType)) {
            return true;
        }
        String start = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        return FEED_ROOT.matcher(start).lookingAt();
    }

    /**
     * Parses a feed; {@code input} (its URL or path) names it in errors and resolves relative links.
     *
     * @throws InputException naming the input when it is not XML or not a feed
     */
    public static Feed parse(String input, byte[] body) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            feed = parser.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(input, "not a readable RSS or Atom feed (" + oneLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new InputException(input, "could not read the feed (" + oneLine(e.getMessage()) + ")");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(input, entry);
            if (link != null && seen.add(link)) {
                items.add(new FeedItem(link, blankToNull(entry.getTitle()), blankToNull(entry.getAuthor()),
                        instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
            }
        }
        return new Feed(blankToNull(feed.getTitle()), items);
    }

    private static String link(String input, SyndEntry entry) {
        String raw = blankToNull(entry.getLink());
        if (raw == null && entry.getUri() != null && entry.getUri().toLowerCase(Locale.ROOT).startsWith("http")) {
            raw = entry.getUri();
        }
        if (raw == null) {
            return null;
        }
        try {
            URI uri = URI.create(raw.trim());
            if (!uri.isAbsolute() && input.toLowerCase(Locale.ROOT).startsWith("http")) {
                uri = URI.create(input).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    private static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "malformed";
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
