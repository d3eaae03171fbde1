package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.story.Profiles.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A corpus of template texts (one set of sentences, other names and numbers) about fifty different situations:
 * near-duplicate text must not link unrelated situations into one story.
 */
class TemplateCorpusTest {
    private static final List<String> TOWNS = List.of("Salto", "Rivera", "Melo", "Artigas", "Rocha", "Minas",
            "Florida", "Durazno", "Treinta y Tres", "Mercedes", "Paysandu", "Tacuarembo", "Canelones", "Maldonado",
            "Colonia", "Trinidad", "San Jose", "Fray Bentos", "Carmelo", "Young");
    private static final List<String> GROUPS = List.of("bus drivers' union", "nurses' association",
            "dock workers' union", "teachers' federation", "farm workers' league", "miners' union", "bakers' guild");

    /** Article {@code i}: situation {@code i / 4} is one town and one group; four articles each, over two weeks. */
    static ArticleProfile templateArticle(int i) {
        int situation = i / 4;
        String town = TOWNS.get(situation % TOWNS.size());
        String group = GROUPS.get(situation % GROUPS.size());
        String person = "Speaker " + (char) ('A' + i % 26) + (char) ('a' + i / 26);
        String text = String.format("About %d members of the %s gathered outside the town hall in %s on Monday to "
                + "demand better pay and safer working conditions. \u201cWe will not go back to work until the council "
                + "listens to us,\u201d said %s, a spokesperson for the %s. Police said %d people were detained after "
                + "the protest, and talks with the council are due to resume next week.",
                100 + 37 * i, group, town, person, group, 1 + i % 9);
        String day = LocalDate.of(2025, 5, 5).plusDays(i % 14).toString();
        List<String> names = new ArrayList<>(List.of("name:" + group, "name:" + person.toLowerCase(),
                "place:" + (1000 + situation % TOWNS.size())));
        names.sort(null);
        return article(String.format("t%03d", i), day, text, names);
    }

    @Test
    void templateArticlesAboutDifferentSituationsDoNotCollapseIntoOneStory() {
        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
        for (int i = 0; i < 200; i++) {
            clustering.add(templateArticle(i));
        }
        MemoryStoryGraph graph = (MemoryStoryGraph) clustering.graph();
        Map<String, Integer> sizes = new TreeMap<>();
        for (String story : graph.storyIds()) {
            sizes.put(story, graph.members(Grouping.STORIES, story).size());
        }
        assertThat(sizes).as("stories").hasSizeGreaterThanOrEqualTo(40);
        assertThat(sizes.values()).as("articles per story").allMatch(n -> n <= 8);
    }

    @Test
    void theFourArticlesOfOneSituationStayOneStory() {
        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
        for (int i = 0; i < 200; i++) {
            clustering.add(templateArticle(i));
        }
        assertThat(clustering.graph().members(Grouping.STORIES, clustering.graph().cluster(Grouping.STORIES, "t041")))
                .contains("t040", "t041", "t042", "t043");
    }
}
