package org.eventbase.cli;

import java.time.Duration;
import org.eventbase.fetch.FetchSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options for fetching URLs and feeds shared by {@code ingest} and {@code watch}; the size limit is the
 * command's own {@code --max-bytes}. Example: {@code eventbase ingest https://example.org/rss --host-delay 2s}.
 */
public final class FetchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--connect-timeout", defaultValue = "10s", converter = DurationConverter.class, paramLabel = "TIME",
            description = "For URLs: how long to wait for a connection (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--read-timeout", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "TIME",
            description = "For URLs: how long to wait for a whole response (default: ${DEFAULT-VALUE}).")
    Duration readTimeout;

    @Option(names = "--max-redirects", defaultValue = "5", paramLabel = "N",
            description = "For URLs: redirects followed before giving up (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--host-delay", defaultValue = "1s", converter = DurationConverter.class, paramLabel = "TIME",
            description = "For URLs: least time between two requests to one host; a longer robots.txt Crawl-delay "
                    + "wins (default: ${DEFAULT-VALUE}).")
    Duration hostDelay;

    @Option(names = "--contact", paramLabel = "URL|EMAIL",
            description = "For URLs: where site owners can reach whoever runs this crawl, sent in the User-Agent "
                    + "(Eventbase/VERSION (+CONTACT)); without it the User-Agent names only the program.")
    String contact;

    /** The settings, with {@code maxBytes} as the largest body accepted. */
    FetchSettings settings(long maxBytes) {
        if (connectTimeout.isZero() || readTimeout.isZero()) {
            throw new ParameterException(spec.commandLine(), "--connect-timeout and --read-timeout must be above 0");
        }
        if (maxRedirects < 0) {
            throw new ParameterException(spec.commandLine(), "--max-redirects must be 0 or more, was " + maxRedirects);
        }
        FetchSettings settings = FetchSettings.defaults().withTimeouts(connectTimeout, readTimeout)
                .withMaxBytes(maxBytes).withMaxRedirects(maxRedirects).withHostDelay(hostDelay);
        if (contact == null) {
            return settings;
        }
        try {
            return settings.withContact(contact);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--contact: " + e.getMessage());
        }
    }
}
