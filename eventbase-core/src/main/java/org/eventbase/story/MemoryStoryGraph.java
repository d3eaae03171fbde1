package org.eventbase.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link StoryGraph} in maps, for evaluation, tests and one-off runs over a set of documents. Not thread-safe.
 * Example: {@code new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT)}.
 */
public final class MemoryStoryGraph implements StoryGraph {
    private final Map<String, ArticleProfile> profiles = new HashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final Map<String, Collection<String>> keysOf = new HashMap<>();
    private final Map<Grouping, Map<String, Set<String>>> links = new HashMap<>();
    private final Map<Grouping, Map<String, String>> clusterOf = new HashMap<>();
    private final Map<Grouping, Map<String, Set<String>>> membersOf = new HashMap<>();

    public MemoryStoryGraph() {
        for (Grouping g : Grouping.values()) {
            links.put(g, new HashMap<>());
            clusterOf.put(g, new HashMap<>());
            membersOf.put(g, new HashMap<>());
        }
    }

    @Override
    public Set<String> articlesUnder(Collection<String> keys) {
        Set<String> ids = new TreeSet<>();
        for (String k : keys) {
            ids.addAll(postings.getOrDefault(k, Set.of()));
        }
        return ids;
    }

    @Override
    public Optional<ArticleProfile> profile(String articleId) {
        return Optional.ofNullable(profiles.get(articleId));
    }

    @Override
    public void put(ArticleProfile profile, Collection<String> keys) {
        profiles.put(profile.articleId(), profile);
        keysOf.put(profile.articleId(), keys);
        for (String k : keys) {
            postings.computeIfAbsent(k, x -> new HashSet<>()).add(profile.articleId());
        }
    }

    @Override
    public void link(Grouping grouping, String a, String b) {
        links.get(grouping).computeIfAbsent(a, x -> new TreeSet<>()).add(b);
        links.get(grouping).computeIfAbsent(b, x -> new TreeSet<>()).add(a);
    }

    @Override
    public Set<String> linked(Grouping grouping, String member) {
        return Set.copyOf(links.get(grouping).getOrDefault(member, Set.of()));
    }

    @Override
    public String cluster(Grouping grouping, String member) {
        return clusterOf.get(grouping).getOrDefault(member, member);
    }

    @Override
    public Set<String> members(Grouping grouping, String cluster) {
        Set<String> members = membersOf.get(grouping).get(cluster);
        return members == null ? Set.of(cluster) : Set.copyOf(members);
    }

    @Override
    public void assign(Grouping grouping, Collection<String> members, String cluster) {
        for (String m : members) {
            String old = clusterOf.get(grouping).put(m, cluster);
            if (old != null && !old.equals(cluster)) {
                Set<String> oldMembers = membersOf.get(grouping).get(old);
                if (oldMembers != null) {
                    oldMembers.remove(m);
                    if (oldMembers.isEmpty()) {
                        membersOf.get(grouping).remove(old);
                    }
                }
            }
            membersOf.get(grouping).computeIfAbsent(cluster, x -> new TreeSet<>()).add(m);
        }
    }

    @Override
    public void remove(String articleId) {
        ArticleProfile profile = profiles.remove(articleId);
        if (profile == null) {
            return;
        }
        for (String k : keysOf.remove(articleId)) {
            Set<String> ids = postings.get(k);
            ids.remove(articleId);
            if (ids.isEmpty()) {
                postings.remove(k);
            }
        }
        forget(Grouping.STORIES, articleId);
        forget(Grouping.DUPLICATES, articleId);
        profile.events().forEach(e -> forget(Grouping.EVENTS, e.key()));
    }

    private void forget(Grouping grouping, String member) {
        for (String n : links.get(grouping).getOrDefault(member, Set.of())) {
            links.get(grouping).get(n).remove(member);
        }
        links.get(grouping).remove(member);
        String cluster = clusterOf.get(grouping).remove(member);
        if (cluster != null) {
            Set<String> members = membersOf.get(grouping).get(cluster);
            members.remove(member);
            if (members.isEmpty()) {
                membersOf.get(grouping).remove(cluster);
            }
        }
    }

    /** Ids of every story (the STORIES clusters and the articles in none), sorted. */
    public Set<String> storyIds() {
        Set<String> ids = new TreeSet<>();
        for (String id : profiles.keySet()) {
            ids.add(cluster(Grouping.STORIES, id));
        }
        return ids;
    }
}
