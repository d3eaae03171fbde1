package org.eventbase.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The index keys an article is posted under and looked up by, so that candidates for links come from an index:
 * its MinHash band keys (near-duplicates), and each salient name with its publication week
 * ({@code name:ana berg@2884}, the week counted from 1970-01-01). An article is looked up under its name in every
 * week the story window reaches, so each pair within the window is found whichever of the two comes second.
 * Example: an article of 2025-03-04 naming Salto is posted under {@code place:3440714@2878} and looked up under
 * {@code place:3440714@2875} … {@code @2881}.
 */
public final class BlockingKeys {
    private BlockingKeys() {}

    public static List<String> posted(ArticleProfile p) {
        List<String> keys = new ArrayList<>(MinHash.STANDARD.bandKeys(p.minHash()));
        if (p.published() != null) {
            long week = week(p.published());
            p.names().forEach(n -> keys.add(n + "@" + week));
        }
        return keys;
    }

    public static List<String> queried(ArticleProfile p, StorySettings settings) {
        List<String> keys = new ArrayList<>(MinHash.STANDARD.bandKeys(p.minHash()));
        if (p.published() != null) {
            long week = week(p.published());
            long reach = (settings.storyWindowDays() + 6) / 7;
            for (String n : p.names()) {
                for (long w = week - reach; w <= week + reach; w++) {
                    keys.add(n + "@" + w);
                }
            }
        }
        return keys;
    }

    static long week(String day) {
        return Math.floorDiv(LocalDate.parse(day).toEpochDay(), 7);
    }
}
