package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventbase.pipeline.Document;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.ArticleProfiles;
import org.eventbase.story.Grouping;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryAssembler;
import org.eventbase.story.StoryClustering;
import org.eventbase.story.StorySettings;
import org.eventbase.story.StoryUpdate;

/**
 * Assigns an article to its story as it is saved (inside the save's transaction) and updates only the rows that
 * change ({@link StoryRows}): the new article's row and tallies, the rows of stories merged into its story (moved),
 * the merged events its events are in (rewritten), and its story's summary row. Candidates come from the index
 * ({@link JdbcStoryGraph}); the work per article does not grow with the size of its story, except for the merged
 * events it joins (rewritten with all their mentions) and stories it merges (moved, the one whose id changes).
 * Removing an article rebuilds what is left of its story whole. Example: {@code new StoryWriter(connection).add(doc)}.
 */
final class StoryWriter {
    private final Connection c;
    private final JdbcStoryGraph graph;
    private final StoryClustering clustering;
    private final StoryRows rows;

    StoryWriter(Connection connection) {
        this.c = connection;
        this.graph = new JdbcStoryGraph(connection);
        this.clustering = new StoryClustering(graph, StorySettings.DEFAULT);
        this.rows = new StoryRows(connection);
    }

    void add(Document document) throws SQLException {
        ArticleProfile profile = ArticleProfiles.of(document);
        remove(profile.articleId());
        StoryUpdate update = clustering.update(profile);
        String storyId = update.storyId();
        StoryRows.Counts counts = rows.counts(storyId);
        for (String old : update.relabelled(Grouping.STORIES).keySet()) {
            counts = counts.plus(rows.counts(old));
            rows.moveStory(old, storyId);
        }
        for (Map.Entry<String, String> d : update.relabelled(Grouping.DUPLICATES).entrySet()) {
            update("UPDATE story_articles SET canonical_id = ? WHERE canonical_id = ?", d.getValue(), d.getKey());
        }
        rows.article(storyId, profile, graph.cluster(Grouping.DUPLICATES, profile.articleId()));
        int events = counts.events();
        int conflicting = counts.conflicting();
        Set<String> stale = new TreeSet<>(update.relabelled(Grouping.EVENTS).keySet());
        stale.addAll(update.mergedEvents());
        for (String id : stale) {
            if (rows.hasMergedEvent(id)) {
                events--;
                conflicting -= rows.deleteMergedEvent(id) ? 1 : 0;
            }
        }
        StoryAssembler assembler = new StoryAssembler(graph);
        for (String id : update.mergedEvents()) {
            MergedEvent merged = assembler.mergedEvent(id).orElseThrow();
            rows.mergedEvent(storyId, merged);
            events++;
            conflicting += merged.conflicting() ? 1 : 0;
        }
        rows.summary(storyId, new StoryRows.Counts(counts.articles() + 1, events, conflicting));
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
            rows.deleteStory(id);
        }
        for (String id : split) {
            write(new StoryAssembler(graph).story(id));
        }
    }

    /**
     * Writes the rows of every story from the clustering tables, when there are profiles but no stories (the first
     * open after migration V6, which emptied them). Returns how many stories were written.
     */
    int rebuildIfEmpty() throws SQLException {
        if (exists("SELECT 1 FROM stories") || !exists("SELECT 1 FROM story_profiles")) {
            return 0;
        }
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM story_profiles");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(graph.cluster(Grouping.STORIES, r.getString(1)));
            }
        }
        for (String id : ids) {
            write(new StoryAssembler(graph).story(id));
        }
        return ids.size();
    }

    private boolean exists(String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    private void write(Story story) throws SQLException {
        rows.story(story, id -> graph.profile(id).orElseThrow());
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

    private void update(String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
