package org.eventbase.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages politely and safely: robots.txt is read once per host and obeyed on every hop, requests to
 * one host are paced ({@link FetchSettings#hostDelay()}, or the host's Crawl-delay when longer), redirects are
 * followed here (so the limit and robots.txt apply to each), bodies are gunzipped and cut off past the size limit,
 * and every failure is a {@link FetchException} naming the URL and the problem in one line. Thread-safe.
 * Example:
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(FetchSettings.defaults());
 * FetchedPage page = fetcher.fetch("https://example.org/news/port-closes");   // or FetchException:
 * // "https://example.org/private/a: disallowed by https://example.org/robots.txt"
 * }</pre>
 */
public final class Fetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final ExecutorService BODY_READERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "fetch-body");
        t.setDaemon(true);
        return t;
    });

    private final FetchSettings settings;
    private final HttpClient client;
    private final RobotsRules robots = new RobotsRules();
    private final HostPacer pacer = new HostPacer();

    public Fetcher(FetchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches {@code url}, following redirects; any status but 200 at the end is a failure. */
    public FetchedPage fetch(String url) {
        URI requested = parse(url);
        URI current = requested;
        for (int hop = 0; ; hop++) {
            BaseRobotRules rules = rulesFor(url, current);
            if (!rules.isAllowed(current.toString())) {
                throw new FetchException(url, "disallowed by " + RobotsRules.robotsUrl(current)
                        + (current.equals(requested) ? "" : " (for " + current + ", where it redirects)")
                        + "; Eventbase obeys robots.txt");
            }
            Duration delay = max(settings.hostDelay(), RobotsRules.crawlDelay(rules));
            Response response = exchange(url, current, delay);
            if (REDIRECTS.contains(response.status()) && response.location() != null) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(url, "too many redirects (more than " + settings.maxRedirects()
                            + "); the last went to " + response.location());
                }
                current = follow(url, current, response.location());
                continue;
            }
            if (response.status() != 200) {
                throw new FetchException(url, describeStatus(response.status()));
            }
            return FetchedPage.of(requested, current, response.contentType(), response.body());
        }
    }

    private BaseRobotRules rulesFor(String url, URI target) {
        BaseRobotRules known = robots.known(target);
        if (known != null) {
            return known;
        }
        URI robotsUrl = RobotsRules.robotsUrl(target);
        URI current = robotsUrl;
        for (int hop = 0; ; hop++) {
            Response response;
            try {
                response = exchange(robotsUrl.toString(), current, settings.hostDelay());
            } catch (FetchException e) {
                throw new FetchException(url, "could not read " + robotsUrl + ": " + e.problem());
            }
            if (REDIRECTS.contains(response.status()) && response.location() != null && hop < settings.maxRedirects()) {
                current = follow(url, current, response.location());
                continue;
            }
            if (response.status() == 200) {
                return robots.remember(target, response.body(), response.contentType());
            }
            return robots.rememberFailure(target, response.status());
        }
    }

    /** One GET after waiting for the host's turn; the body is read only for status 200. */
    private Response exchange(String url, URI target, Duration delay) {
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            pacer.awaitTurn(RobotsRules.hostKey(target), delay);
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted before the response came");
        } catch (IOException e) {
            throw new FetchException(url, describe(e));
        }
        String location = response.headers().firstValue("Location").orElse(null);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200) {
            closeQuietly(response.body());
            return new Response(response.statusCode(), location, contentType, new byte[0]);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(e -> e.trim().equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip && declared > settings.maxBytes()) {
            closeQuietly(response.body());
            throw tooLarge(url);
        }
        Duration left = settings.readTimeout().minusNanos(System.nanoTime() - started);
        return new Response(200, location, contentType, readBody(url, response.body(), gzip, left));
    }

    /** Reads at most maxBytes (after gunzip) within the time left, on a helper thread so a stalled body times out. */
    private byte[] readBody(String url, InputStream body, boolean gzip, Duration left) {
        Future<byte[]> reading = BODY_READERS.submit(() -> {
            try (InputStream in = gzip ? new GZIPInputStream(body, 64 * 1024) : body) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            }
        });
        byte[] bytes;
        try {
            bytes = reading.get(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            closeQuietly(body);
            throw new FetchException(url, "timed out after " + seconds(settings.readTimeout())
                    + " reading the response; raise --read-timeout or try later");
        } catch (InterruptedException e) {
            reading.cancel(true);
            closeQuietly(body);
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted while reading the response");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new FetchException(url, cause instanceof java.util.zip.ZipException || cause instanceof java.io.EOFException
                    ? "the gzip-compressed response is corrupt (" + cause.getMessage() + ")"
                    : describe(cause instanceof IOException io ? io : new IOException(cause)));
        }
        if (bytes.length > settings.maxBytes()) {
            closeQuietly(body);
            throw tooLarge(url);
        }
        return bytes;
    }

    private FetchException tooLarge(String url) {
        return new FetchException(url, "the response is larger than " + describeBytes(settings.maxBytes())
                + "; raise --max-bytes to accept it");
    }

    private URI follow(String url, URI from, String location) {
        URI next;
        try {
            next = from.resolve(new URI(location.trim().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(url, "redirects to an invalid URL: " + location);
        }
        if (!isHttp(next)) {
            throw new FetchException(url, "redirects to " + next + ", which is not an http(s) URL");
        }
        return next;
    }

    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid URL (" + e.getReason() + ")");
        }
        if (!isHttp(uri)) {
            throw new FetchException(url, "not an http:// or https:// URL");
        }
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect within " + seconds(settings.connectTimeout())
                    + "; the host may be down, or raise --connect-timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out after " + seconds(settings.readTimeout())
                    + " waiting for the response; raise --read-timeout or try later";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host; check the URL";
            }
            if (t instanceof SSLException) {
                return "secure connection failed (" + t.getMessage() + ")";
            }
        }
        if (e instanceof ConnectException) {
            return "could not connect (connection refused); check the URL or try later";
        }
        return "network error (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    static String describeStatus(int status) {
        String meaning = switch (status) {
            case 400 -> "bad request";
            case 401 -> "login required";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 410 -> "gone";
            case 429 -> "too many requests; try later";
            case 500 -> "server error";
            case 502, 503, 504 -> "server unavailable; try later";
            default -> status >= 300 && status < 400 ? "a redirect without a Location" : "not a page";
        };
        return "HTTP " + status + " (" + meaning + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String describeBytes(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the response is abandoned either way
        }
    }

    private record Response(int status, String location, String contentType, byte[] body) {}
}
