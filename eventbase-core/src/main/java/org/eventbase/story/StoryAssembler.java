package org.eventbase.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eventbase.model.PlacePrecision;

/**
 * Builds a {@link Story} from the clusters a {@link StoryGraph} holds: its articles with their canonical copies,
 * its merged events with their claims, title, time span, main actors and places. A function of the story's members
 * alone. Example: {@code new StoryAssembler(graph).story(storyId)}.
 */
public final class StoryAssembler {
    private static final int TOP = 5;
    private static final Comparator<ArticleProfile> OLDEST_FIRST = Comparator
            .comparing(ArticleProfile::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleProfile::articleId);

    private final StoryGraph graph;

    public StoryAssembler(StoryGraph graph) {
        this.graph = graph;
    }

    public Story story(String storyId) {
        List<ArticleProfile> profiles = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(graph.members(Grouping.STORIES, storyId))) {
            graph.profile(id).ifPresent(profiles::add);
        }
        profiles.sort(OLDEST_FIRST);
        List<StoryArticle> articles = new ArrayList<>();
        Map<String, List<EventProfile>> byMergedId = new TreeMap<>();
        Map<String, ArticleProfile> profileById = new HashMap<>();
        Map<String, Integer> actorCounts = new HashMap<>();
        Map<String, Integer> placeCounts = new HashMap<>();
        for (ArticleProfile p : profiles) {
            profileById.put(p.articleId(), p);
            articles.add(new StoryArticle(p.articleId(), p.title(), p.publisher(), p.published(),
                    graph.cluster(Grouping.DUPLICATES, p.articleId())));
            for (EventProfile e : p.events()) {
                byMergedId.computeIfAbsent(graph.cluster(Grouping.EVENTS, e.key()), k -> new ArrayList<>()).add(e);
                e.actors().forEach(a -> actorCounts.merge(a.toLowerCase(Locale.ROOT), 1, Integer::sum));
                if (e.site() != null && !e.siteInherited()) {
                    placeCounts.merge(e.site().name(), 1, Integer::sum);
                }
            }
        }
        List<MergedEvent> timeline = new ArrayList<>();
        byMergedId.forEach((id, events) -> timeline.add(merged(id, events, profileById)));
        timeline.sort(Comparator.comparing((MergedEvent m) -> m.days() == null ? null : m.days().from(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MergedEvent::id));
        String title = profiles.isEmpty() ? null : profiles.get(0).title();
        return new Story(storyId, title, span(profiles, timeline), articles, top(actorCounts), top(placeCounts),
                timeline);
    }

    /**
     * One merged event, from its mentions alone (the same as in {@link #story}): what a store rewrites when an
     * article joins it, without assembling the whole story. Empty when no stored article has an event in it.
     */
    public java.util.Optional<MergedEvent> mergedEvent(String mergedId) {
        List<EventProfile> events = new ArrayList<>();
        Map<String, ArticleProfile> profileById = new HashMap<>();
        for (String key : new java.util.TreeSet<>(graph.members(Grouping.EVENTS, mergedId))) {
            int at = key.lastIndexOf("-ev");
            String articleId = at < 0 ? key : key.substring(0, at);
            ArticleProfile p = profileById.computeIfAbsent(articleId, id -> graph.profile(id).orElse(null));
            if (p == null) {
                profileById.remove(articleId);
                continue;
            }
            p.events().stream().filter(e -> e.key().equals(key)).findFirst().ifPresent(events::add);
        }
        return events.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(merged(mergedId, events, profileById));
    }

    private static MergedEvent merged(String id, List<EventProfile> events, Map<String, ArticleProfile> articles) {
        events.sort(Comparator.comparing((EventProfile e) -> articles.get(e.articleId()), OLDEST_FIRST)
                .thenComparing(EventProfile::key));
        List<EventMention> mentions = new ArrayList<>();
        List<CountClaim> claims = new ArrayList<>();
        Map<String, Integer> modes = new TreeMap<>();
        EventSite site = null;
        String from = null;
        String to = null;
        for (EventProfile e : events) {
            ArticleProfile a = articles.get(e.articleId());
            mentions.add(new EventMention(e.key(), e.articleId(), a.publisher(), a.published(), e.evidence()));
            claims.addAll(e.counts());
            if (e.mode() != null) {
                modes.merge(e.mode(), 1, Integer::sum);
            }
            if (e.site() != null && !e.siteInherited() && rank(e.site()) < rank(site)) {
                site = e.site();
            }
            if (e.dated() && e.days() != null) {
                from = from == null || e.days().from().compareTo(from) < 0 ? e.days().from() : from;
                to = to == null || e.days().to().compareTo(to) > 0 ? e.days().to() : to;
            }
        }
        if (from == null) {
            for (EventProfile e : events) {
                if (e.days() != null) {
                    from = from == null || e.days().from().compareTo(from) < 0 ? e.days().from() : from;
                    to = to == null || e.days().to().compareTo(to) > 0 ? e.days().to() : to;
                }
            }
        }
        String mode = modes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(null);
        if (site == null) {
            site = events.stream().map(EventProfile::site).filter(s -> s != null).findFirst().orElse(null);
        }
        return new MergedEvent(id, events.get(0).type(), mode, site == null ? null : site.name(),
                site == null ? null : site.country(), from == null ? null : new DaySpan(from, to), mentions,
                ClaimSummary.of(claims));
    }

    private static int rank(EventSite site) {
        if (site == null) {
            return Integer.MAX_VALUE;
        }
        PlacePrecision p = site.precision();
        return p == null ? PlacePrecision.values().length : p.ordinal();
    }

    private static DaySpan span(List<ArticleProfile> profiles, List<MergedEvent> timeline) {
        String from = null;
        String to = null;
        for (ArticleProfile p : profiles) {
            if (p.published() != null) {
                from = from == null || p.published().compareTo(from) < 0 ? p.published() : from;
                to = to == null || p.published().compareTo(to) > 0 ? p.published() : to;
            }
        }
        for (MergedEvent m : timeline) {
            if (m.days() != null && m.days().days() <= 31) {
                from = from == null || m.days().from().compareTo(from) < 0 ? m.days().from() : from;
                to = to == null || m.days().to().compareTo(to) > 0 ? m.days().to() : to;
            }
        }
        return from == null ? null : new DaySpan(from, to);
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(Map.Entry::getKey).toList();
    }
}
