package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.story.Profiles.RIVERA;
import static org.eventbase.story.Profiles.SALTO;
import static org.eventbase.story.Profiles.URUGUAY;
import static org.eventbase.story.Profiles.article;
import static org.eventbase.story.Profiles.claim;
import static org.eventbase.story.Profiles.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eventbase.model.CountKind;
import org.eventbase.model.EventType;
import org.junit.jupiter.api.Test;

class StoryClusteringTest {
    private static final String MARCH = "Thousands of teachers marched through Salto on Tuesday against the pension "
            + "bill. Police fired tear gas near the town hall and three people died, the interior ministry said. "
            + "The union said it would call a general strike if the senate passed the bill next week.";
    private static final String FOLLOW_UP = "A day after the march in Salto, the teachers' union and the transport "
            + "workers met the labour minister, who promised to review the pension bill before the vote.";
    private static final String RIVERA_TEXT = "Farmers blocked the main road into Rivera with tractors on Tuesday "
            + "over diesel prices, and police cleared the road by the evening without arrests.";
    private static final String LIBRARY = "The national library reopened in Tallinn after two years of repairs.";
    private static final List<String> SALTO_NAMES = List.of("name:teachers' union", "place:3440714");

    static final List<ArticleProfile> CORPUS = List.of(
            article("a1", "2025-03-05", MARCH, SALTO_NAMES,
                    event("a1-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                    event("a1-ev2", EventType.COERCE, SALTO, "2025-03-04",
                            claim("a1-ev2", "2025-03-05", CountKind.KILLED, 3, "the interior ministry"))),
            article("a2", "2025-03-05", "Share this\n" + MARCH.replace("three", "five") + "\nMore news", SALTO_NAMES,
                    event("a2-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                    event("a2-ev2", EventType.COERCE, SALTO, "2025-03-04",
                            claim("a2-ev2", "2025-03-05", CountKind.KILLED, 5, "the interior ministry"))),
            article("a3", "2025-03-06", FOLLOW_UP, SALTO_NAMES,
                    event("a3-ev1", EventType.PROTEST, URUGUAY, "2025-03-04"),
                    event("a3-ev2", EventType.CONSULT, SALTO, "2025-03-05")),
            article("b1", "2025-03-05", RIVERA_TEXT, List.of("name:farmers' federation", "place:3440639"),
                    event("b1-ev1", EventType.PROTEST, RIVERA, "2025-03-04")),
            article("b2", "2025-03-07", RIVERA_TEXT.replace("tractors", "lorries"),
                    List.of("name:farmers' federation", "place:3440639"),
                    event("b2-ev1", EventType.PROTEST, RIVERA, "2025-03-04")),
            article("c1", "2025-03-05", LIBRARY, List.of("name:national library", "place:588409")));

    @Test
    void addingArticlesOneAtATimeInAnyOrderGivesTheSameStories() {
        var batch = stories(CORPUS);
        java.util.Random random = new java.util.Random(20261201L);
        for (int order = 0; order < 40; order++) {
            List<ArticleProfile> shuffled = new java.util.ArrayList<>(CORPUS);
            java.util.Collections.shuffle(shuffled, random);
            assertThat(stories(shuffled)).as("arrival order %s", shuffled).isEqualTo(batch);
        }
    }

    @Test
    void linksCopiesAndFollowUpsIntoOneStoryAndKeepsUnrelatedArticlesApart() {
        List<Story> stories = stories(CORPUS);
        assertThat(stories).extracting(s -> s.articles().stream().map(StoryArticle::articleId).toList())
                .containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"));
        Story salto = stories.get(0);
        assertThat(salto.articles()).filteredOn(StoryArticle::duplicate).extracting(StoryArticle::articleId)
                .containsExactly("a2");
        assertThat(salto.title()).isEqualTo("Title a1");
        assertThat(salto.days()).isEqualTo(new DaySpan("2025-03-04", "2025-03-06"));
    }

    @Test
    void mergesTheSameEventAcrossArticlesAndKeepsConflictingFigures() {
        Story salto = stories(CORPUS).get(0);
        assertThat(salto.timeline()).extracting(MergedEvent::id).containsExactly("a1-ev1", "a1-ev2", "a3-ev2");
        MergedEvent march = salto.timeline().get(0);
        assertThat(march.mentions()).extracting(EventMention::eventKey).containsExactly("a1-ev1", "a2-ev1", "a3-ev1");
        assertThat(march.place()).isEqualTo("Salto");
        MergedEvent teargas = salto.timeline().get(1);
        assertThat(teargas.conflicting()).isTrue();
        ClaimSummary killed = teargas.claims().get(0);
        assertThat(killed.claims()).extracting(CountClaim::figure).containsExactly("3", "5");
        assertThat(killed.low()).isEqualTo(3);
        assertThat(killed.high()).isEqualTo(5);
    }

    @Test
    void sameDayProtestsInTwoCitiesStayTwoEvents() {
        List<Story> stories = stories(CORPUS);
        assertThat(stories.get(0).timeline().get(0).mentions()).extracting(EventMention::articleId)
                .doesNotContain("b1", "b2");
        assertThat(stories.get(1).timeline()).hasSize(1);
    }

    @Test
    void removingAnArticleGivesTheStoriesOfTheRest() {
        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
        CORPUS.forEach(clustering::add);
        clustering.remove("a1");
        List<ArticleProfile> rest = new ArrayList<>(CORPUS);
        rest.remove(0);
        assertThat(snapshot(clustering)).isEqualTo(stories(rest));
    }

    @Test
    void addingTheSameArticleAgainChangesNothing() {
        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
        CORPUS.forEach(clustering::add);
        clustering.add(CORPUS.get(1));
        assertThat(snapshot(clustering)).isEqualTo(stories(CORPUS));
    }

    static List<Story> stories(List<ArticleProfile> order) {
        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
        order.forEach(clustering::add);
        return snapshot(clustering);
    }

    private static List<Story> snapshot(StoryClustering clustering) {
        MemoryStoryGraph graph = (MemoryStoryGraph) clustering.graph();
        StoryAssembler assembler = new StoryAssembler(graph);
        Set<String> ids = new TreeSet<>(graph.storyIds());
        return ids.stream().map(assembler::story).toList();
    }
}
