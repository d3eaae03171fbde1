package org.eventbase.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;

/**
 * Reads articles from the web: a page URL gives one HTML article; a feed URL (RSS or Atom, told by its content type
 * or root element) or a local feed file gives one article per item, each page fetched with the feed's title, author
 * and date filling in what the page itself lacks. Problems never throw: each becomes a {@link ReadResult.Failed}
 * naming the URL. Items whose link {@code stored} already knows are skipped without fetching them.
 * Example:
 * <pre>{@code
 * WebRead read = new WebArticles(new Fetcher(FetchSettings.defaults())).read("https://example.org/rss", url -> false);
 * read.results();   // one ReadResult per item page
 * }</pre>
 */
public final class WebArticles {
    private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml");

    private final Fetcher fetcher;
    private final ArticleCleaner cleaner = new ArticleCleaner();

    public WebArticles(Fetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** True when {@code input} is an http(s) URL rather than a path. */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** True when {@code path} names a local feed file ({@code .rss}, {@code .atom}, {@code .xml}). */
    public static boolean isFeedFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && FEED_EXTENSIONS.contains(name.substring(dot + 1)) && Files.isRegularFile(path);
    }

    /** Fetches a page or a feed and its items' pages; {@code stored} says which item links to skip. */
    public WebRead read(String url, Predicate<String> stored) {
        FetchedPage page;
        try {
            page = fetcher.fetch(url);
        } catch (InputException e) {
            return WebRead.failed(new ReadResult.Failed(url, e.problem()));
        }
        if (Feed.looksLikeFeed(page.contentType(), page.body())) {
            try {
                return items(Feed.parse(url, page.body()), stored);
            } catch (InputException e) {
                return WebRead.failed(new ReadResult.Failed(url, e.problem()));
            }
        }
        if (!page.isHtml() && !page.contentType().isEmpty()) {
            return WebRead.failed(new ReadResult.Failed(url, "not an HTML page or a feed (the server says "
                    + page.contentType() + ")"));
        }
        return new WebRead(List.of(article(url, page, ArticleMetadata.EMPTY)), 0, 0);
    }

    /** Reads a local RSS or Atom file and fetches its items' pages. */
    public WebRead readFeedFile(Path path, Predicate<String> stored) {
        String input = path.toString();
        try {
            long size = Files.size(path);
            if (size > fetcher.settings().maxBytes()) {
                return WebRead.failed(new ReadResult.Failed(input, "the feed file is larger than "
                        + fetcher.settings().maxBytes() + " bytes; raise --max-bytes"));
            }
            return items(Feed.parse(input, Files.readAllBytes(path)), stored);
        } catch (InputException e) {
            return WebRead.failed(new ReadResult.Failed(input, e.problem()));
        } catch (IOException e) {
            return WebRead.failed(new ReadResult.Failed(input, "could not read the file (" + e.getMessage() + ")"));
        }
    }

    private WebRead items(Feed feed, Predicate<String> stored) {
        List<ReadResult> results = new ArrayList<>();
        int skipped = 0;
        for (FeedItem item : feed.items()) {
            if (stored.test(item.link())) {
                skipped++;
                continue;
            }
            try {
                FetchedPage page = fetcher.fetch(item.link());
                if (!page.isHtml() && !page.contentType().isEmpty()) {
                    results.add(new ReadResult.Failed(item.link(), "not an HTML page (the server says "
                            + page.contentType() + ")"));
                    continue;
                }
                results.add(article(item.link(), page,
                        new ArticleMetadata(item.title(), null, null, null, item.author(), item.published())));
            } catch (InputException e) {
                results.add(new ReadResult.Failed(item.link(), e.problem()));
            }
        }
        return new WebRead(results, feed.items().size(), skipped);
    }

    /** The page as an HTML article named by its URL; {@code fromFeed} fills only fields the page lacks. */
    private ReadResult article(String input, FetchedPage page, ArticleMetadata fromFeed) {
        String html = page.text();
        if (html.isBlank()) {
            return new ReadResult.Failed(input, "the page is empty");
        }
        ArticleMetadata own = new ArticleMetadata(null, page.url().toString(), null, null, null, null);
        RawArticle raw = new RawArticle(input, ContentFormat.HTML, html, own);
        if (fromFeed.equals(ArticleMetadata.EMPTY)) {
            return new ReadResult.Ok(raw);
        }
        ArticleMetadata onPage;
        try {
            onPage = cleaner.clean(raw).found();
        } catch (InputException noText) {
            onPage = ArticleMetadata.EMPTY; // extraction will report it
        }
        ArticleMetadata filled = new ArticleMetadata(
                onPage.title() == null ? fromFeed.title() : null,
                page.url().toString(), null, null,
                onPage.byline() == null ? fromFeed.byline() : null,
                onPage.published() == null ? fromFeed.published() : null);
        return new ReadResult.Ok(new RawArticle(input, ContentFormat.HTML, html, filled));
    }
}
