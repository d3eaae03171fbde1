package org.eventbase.story;

import java.util.Map;
import java.util.Set;

/**
 * What adding one article changed in the clusterings, so that a store can update only those rows: the story it is
 * now in, the clusters whose id changed because they merged with another (old id to new id, per clustering), and
 * the merged events its events are now in. Example: adding a follow-up that links stories {@code 7c1e} and
 * {@code 3f2a} gives {@code StoryUpdate("3f2a", {STORIES={7c1e=3f2a}, …}, {"3f2a-ev1"})}.
 *
 * @param storyId      the id of the story the article is now in
 * @param relabelled   per clustering, every cluster id this update retired (its members were moved into a cluster
 *                     with a lesser id), mapped to the id its members now have
 * @param mergedEvents the ids of the merged events the article's events are now in, sorted
 */
public record StoryUpdate(String storyId, Map<Grouping, Map<String, String>> relabelled, Set<String> mergedEvents) {
    public StoryUpdate {
        relabelled = Map.copyOf(relabelled);
        mergedEvents = Set.copyOf(mergedEvents);
    }

    /** The former cluster ids of {@code grouping} that were merged into another cluster, mapped to its id. */
    public Map<String, String> relabelled(Grouping grouping) {
        return relabelled.getOrDefault(grouping, Map.of());
    }
}
