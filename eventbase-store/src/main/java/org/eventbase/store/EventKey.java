package org.eventbase.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store-wide id of an event: its article's id and its id within the article, written {@code ARTICLE-EVENT}.
 * Example: {@code EventKey.parse("5d0c9a1e2b7f4a10-ev2")} is article {@code 5d0c9a1e2b7f4a10}, event {@code ev2}.
 */
public record EventKey(String articleId, String eventId) {
    private static final Pattern FORM = Pattern.compile("([0-9a-f]{16})-(ev\\d+)");

    public static Optional<EventKey> parse(String id) {
        Matcher m = FORM.matcher(id.strip());
        return m.matches() ? Optional.of(new EventKey(m.group(1), m.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return articleId + "-" + eventId;
    }
}
