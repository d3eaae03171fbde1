package org.eventbase.fetch;

import java.time.Duration;
import java.util.Objects;
import org.eventbase.pipeline.EventbaseVersion;

/**
 * How pages are fetched: timeouts, the largest body accepted, how many redirects are followed, the pause between
 * two requests to the same host (a robots.txt {@code Crawl-delay} makes it longer, never shorter) and the
 * User-Agent sent. Example: {@code FetchSettings.defaults().withHostDelay(Duration.ofMillis(200))}.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the whole response (headers and body) once connected
 * @param maxBytes       the largest body accepted, after gzip decompression; reading stops past it
 * @param maxRedirects   how many redirects one fetch follows before it fails
 * @param hostDelay      the least time between the starts of two requests to the same host
 * @param userAgent      sent with every request, and the name robots.txt rules are matched against
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
        Duration hostDelay, String userAgent) {
    /** The robots.txt name Eventbase obeys: rules for {@code User-agent: eventbase} (or {@code *}). */
    public static final String ROBOT_NAME = "eventbase";

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
        }
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("hostDelay must not be negative, was " + hostDelay);
        }
    }

    /** 10 s to connect, 30 s per response, 20 MiB, 5 redirects, 1 s between requests to one host. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5,
                Duration.ofSeconds(1), defaultUserAgent());
    }

    /** {@code Eventbase/0.1.0 (news event extraction; GPL-3.0-or-later)}: what the program is, with no contact. */
    public static String defaultUserAgent() {
        return "Eventbase/" + EventbaseVersion.current().eventbase() + " (news event extraction; GPL-3.0-or-later)";
    }

    /**
     * The User-Agent with a way for site owners to reach whoever runs the crawl, as crawlers conventionally give it:
     * {@code Eventbase/0.1.0 (+https://newsroom.example/crawler)} or {@code Eventbase/0.1.0 (+data@newsroom.example)}.
     *
     * @throws IllegalArgumentException when {@code contact} is blank or holds characters a header cannot carry
     */
    public FetchSettings withContact(String contact) {
        if (contact == null || contact.isBlank() || !contact.strip().matches("[\\x21-\\x7E]+")) {
            throw new IllegalArgumentException("a contact must be one URL or e-mail address without spaces, was '"
                    + contact + "'");
        }
        String agent = "Eventbase/" + EventbaseVersion.current().eventbase() + " (+" + contact.strip() + ")";
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, maxRedirects, hostDelay, agent);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(connect, read, maxBytes, maxRedirects, hostDelay, userAgent);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(connectTimeout, readTimeout, bytes, maxRedirects, hostDelay, userAgent);
    }

    public FetchSettings withMaxRedirects(int redirects) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, redirects, hostDelay, userAgent);
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, maxRedirects, delay, userAgent);
    }
}
