package org.eventbase.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt rules of every host fetched from, read once per host (per run) with crawler-commons'
 * {@link SimpleRobotRulesParser} for the robot name {@value FetchSettings#ROBOT_NAME}. A robots.txt that is missing
 * (HTTP 4xx) allows everything; one the server fails to give (HTTP 5xx) forbids everything for now, as RFC 9309
 * says. Example: with {@code Disallow: /private/}, {@code allows(URI.create("http://h/private/a"))} is false.
 */
final class RobotsRules {
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();

    /** The rules known for the URL's host, or null when its robots.txt has not been read yet. */
    BaseRobotRules known(URI url) {
        return byHost.get(hostKey(url));
    }

    /** Reads a fetched robots.txt (status 200) for the URL's host. */
    BaseRobotRules remember(URI url, byte[] content, String contentType) {
        BaseRobotRules rules = parser.parseContent(robotsUrl(url).toString(), content,
                contentType == null || contentType.isEmpty() ? "text/plain" : contentType, List.of(FetchSettings.ROBOT_NAME));
        byHost.put(hostKey(url), rules);
        return rules;
    }

    /** Records that the host's robots.txt answered {@code status} (not 200). */
    BaseRobotRules rememberFailure(URI url, int status) {
        BaseRobotRules rules = parser.failedFetch(status);
        byHost.put(hostKey(url), rules);
        return rules;
    }

    static URI robotsUrl(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
    }

    static String hostKey(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    /** The Crawl-delay the rules ask for, or zero. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis);
    }
}
