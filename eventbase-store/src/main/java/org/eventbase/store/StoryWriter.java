package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Set;
import java.util.TreeSet;
import org.eventbase.pipeline.Document;
import org.eventbase.story.ArticleProfiles;
import org.eventbase.story.ClaimSummary;
import org.eventbase.story.CountClaim;
import org.eventbase.story.EventMention;
import org.eventbase.story.Grouping;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryArticle;
import org.eventbase.story.StoryAssembler;
import org.eventbase.story.StoryClustering;
import org.eventbase.story.StorySettings;

/**
 * Assigns an article to its story as it is saved (inside the save's transaction), and rewrites the rows of every
 * story that changed: {@code stories}, {@code story_articles}, {@code merged_events}, {@code merged_event_mentions},
 * {@code merged_event_claims}. Candidates come from the index ({@link JdbcStoryGraph}); the work per article grows
 * with the size of the stories it touches, not of the store. Example: {@code new StoryWriter(connection).add(doc)}.
 */
final class StoryWriter {
    private final Connection c;
    private final JdbcStoryGraph graph;
    private final StoryClustering clustering;

    StoryWriter(Connection connection) {
        this.c = connection;
        this.graph = new JdbcStoryGraph(connection);
        this.clustering = new StoryClustering(graph, StorySettings.DEFAULT);
    }

    void add(Document document) throws SQLException {
        String storyId = clustering.add(ArticleProfiles.of(document));
        Set<String> stale = new TreeSet<>();
        stale.add(storyId);
        for (String member : graph.members(Grouping.STORIES, storyId)) {
            stale.addAll(storiesOf(member));
        }
        for (String id : stale) {
            deleteStory(id);
        }
        write(new StoryAssembler(graph).story(storyId));
    }

    /** Takes an article out of its story (before its rows are deleted) and rewrites what is left of the story. */
    void remove(String articleId) throws SQLException {
        if (graph.profile(articleId).isEmpty()) {
            return;
        }
        Set<String> stale = new TreeSet<>(storiesOf(articleId));
        Set<String> split = clustering.remove(articleId);
        stale.addAll(split);
        for (String id : stale) {
            deleteStory(id);
        }
        for (String id : split) {
            write(new StoryAssembler(graph).story(id));
        }
    }

    private Set<String> storiesOf(String articleId) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ?")) {
            s.setString(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private void deleteStory(String id) throws SQLException {
        for (String sql : new String[] {"DELETE FROM stories WHERE id = ?",
                "DELETE FROM story_articles WHERE story_id = ?", "DELETE FROM merged_events WHERE story_id = ?",
                "DELETE FROM merged_event_mentions WHERE story_id = ?",
                "DELETE FROM merged_event_claims WHERE story_id = ?"}) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, id);
                s.executeUpdate();
            }
        }
    }

    private void write(Story story) throws SQLException {
        int conflicting = (int) story.timeline().stream().filter(MergedEvent::conflicting).count();
        insert("INSERT INTO stories (id, title, first_day, last_day, articles, events, conflicting, actors, places) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", story.id(), story.title(),
                story.days() == null ? null : story.days().from(), story.days() == null ? null : story.days().to(),
                story.articles().size(), story.timeline().size(), conflicting, json(story.actors()),
                json(story.places()));
        for (StoryArticle a : story.articles()) {
            insert("INSERT INTO story_articles (article_id, story_id, canonical_id, title, publisher, published) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", a.articleId(), story.id(), a.canonical(), a.title(), a.publisher(),
                    a.published());
        }
        int ordinal = 0;
        for (MergedEvent m : story.timeline()) {
            insert("INSERT INTO merged_events (id, story_id, ordinal, event_type, mode, place, country_code, day_from, "
                    + "day_to, mentions, conflicting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), story.id(),
                    ordinal++, m.type().name(), m.mode(), m.place(), m.country(),
                    m.days() == null ? null : m.days().from(), m.days() == null ? null : m.days().to(),
                    m.mentions().size(), m.conflicting());
            for (EventMention e : m.mentions()) {
                insert("INSERT INTO merged_event_mentions (merged_event_id, story_id, article_id, event_id, publisher, "
                        + "published, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)", m.id(), story.id(), e.articleId(),
                        eventId(e.eventKey(), e.articleId()), e.publisher(), e.published(), e.evidence());
            }
            for (ClaimSummary summary : m.claims()) {
                int n = 0;
                for (CountClaim claim : summary.claims()) {
                    insert("INSERT INTO merged_event_claims (merged_event_id, story_id, kind, ordinal, article_id, "
                            + "event_id, publisher, published, min_value, max_value, text, claimant, range_low, "
                            + "range_high, latest, most_cited, citations, conflicting) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), story.id(),
                            summary.kind().name(), n++, claim.articleId(),
                            eventId(claim.eventKey(), claim.articleId()), claim.publisher(), claim.published(),
                            claim.min(), claim.max(), claim.text(), claim.claimant(), summary.low(), summary.high(),
                            summary.latest().figure(), summary.mostCited(), summary.citations(),
                            summary.conflicting());
                }
            }
        }
    }

    private static String eventId(String eventKey, String articleId) {
        return eventKey.startsWith(articleId + "-") ? eventKey.substring(articleId.length() + 1) : eventKey;
    }

    private static String json(Object value) {
        try {
            return JdbcStoryGraph.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    s.setNull(i + 1, Types.NULL);
                } else if (v instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else if (v instanceof Boolean b) {
                    s.setBoolean(i + 1, b);
                } else {
                    s.setString(i + 1, v.toString());
                }
            }
            s.executeUpdate();
        }
    }
}
