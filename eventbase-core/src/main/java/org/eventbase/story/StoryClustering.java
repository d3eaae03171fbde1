package org.eventbase.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Incremental story clustering: each new article is linked to the stored articles its blocking keys find
 * ({@link ArticleLinker}), its events to theirs ({@link EventCoreference}), and its clusters are the connected
 * components of those links. Links are a symmetric function of two articles, every pair within reach is found
 * whichever comes second, and a cluster's id is chosen from its members alone, so adding articles one at a time, in
 * any order, gives the same stories, duplicates and merged events as adding them all. Removing an article re-splits
 * its clusters from the links that remain. Example:
 * <pre>{@code
 * StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
 * String storyId = clustering.add(ArticleProfiles.of(document));
 * }</pre>
 */
public final class StoryClustering {
    private final StoryGraph graph;
    private final StorySettings settings;
    private final ArticleLinker linker;
    private final EventCoreference coreference;

    public StoryClustering(StoryGraph graph, StorySettings settings) {
        this.graph = graph;
        this.settings = settings;
        this.linker = new ArticleLinker(settings);
        this.coreference = new EventCoreference(settings);
    }

    public StoryGraph graph() {
        return graph;
    }

    /** Adds (or replaces) an article and returns the id of the story it is now in. */
    public String add(ArticleProfile profile) {
        return update(profile).storyId();
    }

    /**
     * Adds (or replaces) an article and says what changed. Only the new article and the members of clusters whose
     * id changes (clusters merged into one with a lesser id) are re-assigned, never a whole cluster whose id stays:
     * with article ids that are hashes, a merge re-labels on average at most twice the smaller side.
     */
    public StoryUpdate update(ArticleProfile profile) {
        String id = profile.articleId();
        if (graph.profile(id).isPresent()) {
            remove(id);
        }
        Set<String> candidates = new TreeSet<>(graph.articlesUnder(BlockingKeys.queried(profile, settings)));
        candidates.remove(id);
        List<ArticleLink> links = new ArrayList<>();
        List<String[]> eventLinks = new ArrayList<>();
        for (String candidate : candidates) {
            ArticleProfile other = graph.profile(candidate).orElse(null);
            if (other == null) {
                continue;
            }
            linker.link(profile, other).ifPresent(link -> {
                links.add(link);
                for (EventProfile e : profile.events()) {
                    for (EventProfile f : other.events()) {
                        if (coreference.corefer(e, f)) {
                            eventLinks.add(e.key().compareTo(f.key()) < 0 ? new String[] {e.key(), f.key()}
                                    : new String[] {f.key(), e.key()});
                        }
                    }
                }
            });
        }
        graph.put(profile, BlockingKeys.posted(profile));
        Set<String> storyNeighbours = new TreeSet<>();
        Set<String> duplicateNeighbours = new TreeSet<>();
        for (ArticleLink link : links) {
            graph.link(Grouping.STORIES, link.a(), link.b());
            storyNeighbours.add(link.a().equals(id) ? link.b() : link.a());
            if (link.duplicate()) {
                graph.link(Grouping.DUPLICATES, link.a(), link.b());
                duplicateNeighbours.add(link.a().equals(id) ? link.b() : link.a());
            }
        }
        for (String[] pair : eventLinks) {
            graph.link(Grouping.EVENTS, pair[0], pair[1]);
        }
        Map<Grouping, Map<String, String>> relabelled = new EnumMap<>(Grouping.class);
        join(Grouping.STORIES, id, storyNeighbours, relabelled);
        join(Grouping.DUPLICATES, id, duplicateNeighbours, relabelled);
        for (EventProfile e : profile.events()) {
            Set<String> neighbours = new TreeSet<>();
            for (String[] pair : eventLinks) {
                if (pair[0].equals(e.key())) {
                    neighbours.add(pair[1]);
                } else if (pair[1].equals(e.key())) {
                    neighbours.add(pair[0]);
                }
            }
            join(Grouping.EVENTS, e.key(), neighbours, relabelled);
        }
        Set<String> merged = new TreeSet<>();
        for (EventProfile e : profile.events()) {
            merged.add(graph.cluster(Grouping.EVENTS, e.key()));
        }
        return new StoryUpdate(graph.cluster(Grouping.STORIES, id), relabelled, merged);
    }

    /** Removes an article; returns the ids of the stories its former story falls into (empty when unknown). */
    public Set<String> remove(String articleId) {
        ArticleProfile profile = graph.profile(articleId).orElse(null);
        if (profile == null) {
            return Set.of();
        }
        Set<String> story = without(graph.members(Grouping.STORIES, graph.cluster(Grouping.STORIES, articleId)),
                Set.of(articleId));
        Set<String> duplicates = without(graph.members(Grouping.DUPLICATES,
                graph.cluster(Grouping.DUPLICATES, articleId)), Set.of(articleId));
        Set<String> ownEvents = new HashSet<>();
        profile.events().forEach(e -> ownEvents.add(e.key()));
        Set<String> events = new TreeSet<>();
        for (String key : ownEvents) {
            events.addAll(without(graph.members(Grouping.EVENTS, graph.cluster(Grouping.EVENTS, key)), ownEvents));
        }
        graph.remove(articleId);
        Set<String> stories = recluster(Grouping.STORIES, story);
        recluster(Grouping.DUPLICATES, duplicates);
        recluster(Grouping.EVENTS, events);
        return stories;
    }

    private static Set<String> without(Set<String> members, Set<String> removed) {
        Set<String> rest = new TreeSet<>(members);
        rest.removeAll(removed);
        return rest;
    }

    /**
     * Puts a new member into the cluster of its neighbours: the joined cluster's id is the least of the member and
     * the neighbours' cluster ids (each already the least of its members), so only the member and the clusters
     * whose id changes are re-assigned.
     */
    private void join(Grouping grouping, String member, Collection<String> neighbours,
            Map<Grouping, Map<String, String>> relabelled) {
        Set<String> clusters = new TreeSet<>();
        for (String n : neighbours) {
            clusters.add(graph.cluster(grouping, n));
        }
        Set<String> candidates = new TreeSet<>(clusters);
        candidates.add(member);
        String id = clusterId(grouping, candidates);
        graph.assign(grouping, List.of(member), id);
        Map<String, String> changes = relabelled.computeIfAbsent(grouping, g -> new TreeMap<>());
        for (String c : clusters) {
            if (!c.equals(id)) {
                graph.assign(grouping, graph.members(grouping, c), id);
                changes.replaceAll((old, now) -> now.equals(c) ? id : now);
                changes.put(c, id);
            }
        }
    }

    private Set<String> recluster(Grouping grouping, Set<String> members) {
        Set<String> left = new TreeSet<>(members);
        Set<String> ids = new TreeSet<>();
        while (!left.isEmpty()) {
            String start = left.iterator().next();
            Set<String> component = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                String m = todo.pop();
                if (component.add(m)) {
                    for (String n : graph.linked(grouping, m)) {
                        if (members.contains(n) && !component.contains(n)) {
                            todo.push(n);
                        }
                    }
                }
            }
            left.removeAll(component);
            String id = clusterId(grouping, component);
            graph.assign(grouping, component, id);
            ids.add(id);
        }
        return ids;
    }

    /** The id of a cluster, from its members alone (or from the ids of the clusters it is joined from). */
    private String clusterId(Grouping grouping, Set<String> members) {
        if (grouping != Grouping.DUPLICATES) {
            return members.iterator().next();
        }
        return members.stream().min(Comparator
                .comparing((String m) -> graph.profile(m).map(ArticleProfile::published).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }
}
