package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.story.Profiles.SALTO;
import static org.eventbase.story.Profiles.article;
import static org.eventbase.story.Profiles.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.EventType;
import org.junit.jupiter.api.Test;

/** Adding an article re-assigns the article and the clusters whose id changes, never a whole story that keeps its id. */
class StoryClusteringCostTest {
    private static final List<String> NAMES = List.of("name:dockers' union", "place:3440714");

    /** Article {@code n} of a long dock-strike story: five articles a day for a hundred days, each its own text. */
    static ArticleProfile dockArticle(int n) {
        String id = String.format("s%04d", n);
        String day = LocalDate.of(2025, 1, 1).plusDays(n / 5).toString();
        String text = "Report number " + n + " on the dock strike: the union met the port authority on day "
                + (n / 5) + " and dockers number " + (n * 7919 % 10007) + " and " + (n * 104729 % 10009)
                + " picketed gate " + n + " while ships " + (n * 31) + " waited offshore.";
        return article(id, day, text, NAMES, event(id + "-ev1", EventType.PROTEST, SALTO, day));
    }

    @Test
    void addingToAFiveHundredArticleStoryAssignsOnlyTheNewArticleAndItsEvent() {
        CountingGraph graph = new CountingGraph();
        StoryClustering clustering = new StoryClustering(graph, StorySettings.DEFAULT);
        for (int n = 0; n < 500; n++) {
            clustering.add(dockArticle(n));
        }
        assertThat(graph.members(Grouping.STORIES, "s0000")).hasSize(500);
        graph.assigned = 0;

        StoryUpdate update = clustering.update(dockArticle(500));

        assertThat(update.storyId()).isEqualTo("s0000");
        assertThat(update.relabelled(Grouping.STORIES)).isEmpty();
        assertThat(update.mergedEvents()).containsExactly("s0500-ev1");
        assertThat(graph.assigned).as("members assigned by the 501st article").isEqualTo(3);
    }

    @Test
    void mergingTwoStoriesRelabelsOnlyTheOneWhoseIdChanges() {
        CountingGraph graph = new CountingGraph();
        StoryClustering clustering = new StoryClustering(graph, StorySettings.DEFAULT);
        for (int n = 0; n < 40; n++) {
            clustering.add(dockArticle(n));
        }
        List<String> otherNames = List.of("name:ferry workers", "place:3440639");
        clustering.add(article("t1", "2025-01-03", "Ferry workers walked out in Rivera over pay.", otherNames));
        clustering.add(article("t2", "2025-01-04", "The ferry strike in Rivera entered its second day.", otherNames));
        graph.assigned = 0;

        List<String> both = List.of("name:dockers' union", "name:ferry workers", "place:3440639", "place:3440714");
        StoryUpdate update = clustering.update(article("u1", "2025-01-04",
                "Dockers and ferry workers held a joint rally between Salto and Rivera.", both));

        assertThat(update.storyId()).isEqualTo("s0000");
        assertThat(update.relabelled(Grouping.STORIES)).isEqualTo(java.util.Map.of("t1", "s0000"));
        assertThat(graph.members(Grouping.STORIES, "s0000")).hasSize(43).contains("t1", "t2", "u1");
        assertThat(graph.assigned).as("the new article and the two articles of the smaller story, twice each "
                + "(stories and its own near-duplicate cluster) at most").isLessThanOrEqualTo(4);
    }

    /** A memory graph that counts members assigned to clusters. */
    private static final class CountingGraph implements StoryGraph {
        private final MemoryStoryGraph graph = new MemoryStoryGraph();
        int assigned;

        @Override
        public Set<String> articlesUnder(Collection<String> keys) {
            return graph.articlesUnder(keys);
        }

        @Override
        public Optional<ArticleProfile> profile(String articleId) {
            return graph.profile(articleId);
        }

        @Override
        public void put(ArticleProfile profile, Collection<String> keys) {
            graph.put(profile, keys);
        }

        @Override
        public void link(Grouping grouping, String a, String b) {
            graph.link(grouping, a, b);
        }

        @Override
        public Set<String> linked(Grouping grouping, String member) {
            return graph.linked(grouping, member);
        }

        @Override
        public String cluster(Grouping grouping, String member) {
            return graph.cluster(grouping, member);
        }

        @Override
        public Set<String> members(Grouping grouping, String cluster) {
            return graph.members(grouping, cluster);
        }

        @Override
        public void assign(Grouping grouping, Collection<String> members, String cluster) {
            assigned += members.size();
            graph.assign(grouping, members, cluster);
        }

        @Override
        public void remove(String articleId) {
            graph.remove(articleId);
        }
    }
}
