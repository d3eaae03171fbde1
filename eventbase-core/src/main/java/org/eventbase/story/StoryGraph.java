package org.eventbase.story;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Where story clustering keeps its state: article profiles posted under blocking keys, links, and the cluster
 * each member is in. {@link MemoryStoryGraph} keeps it in maps; the store keeps it in tables, so that adding an
 * article costs index lookups, not a scan. Example: {@code new StoryClustering(new MemoryStoryGraph(),
 * StorySettings.DEFAULT).add(profile)}.
 */
public interface StoryGraph {
    /** Ids of the stored articles posted under any of {@code keys}. */
    Set<String> articlesUnder(Collection<String> keys);

    Optional<ArticleProfile> profile(String articleId);

    /** Stores the profile and posts it under {@code keys}. */
    void put(ArticleProfile profile, Collection<String> keys);

    /** Records a link between two members ({@code a} sorts before {@code b}). */
    void link(Grouping grouping, String a, String b);

    /** The members linked to {@code member}. */
    Set<String> linked(Grouping grouping, String member);

    /** The id of the cluster {@code member} is in; the member itself when it is in none. */
    String cluster(Grouping grouping, String member);

    /** The members of a cluster; just {@code cluster} when no member was ever assigned to it. */
    Set<String> members(Grouping grouping, String cluster);

    /** Puts every one of {@code members} into the cluster {@code cluster}. */
    void assign(Grouping grouping, Collection<String> members, String cluster);

    /** Removes the article: its profile, keys, links (its events' too) and cluster memberships. */
    void remove(String articleId);
}
