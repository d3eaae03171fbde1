package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventbase.story.Grouping;
import org.eventbase.story.Story;
import org.eventbase.story.StoryAssembler;

/**
 * Reads stories: the list (newest last day first) and one story's timeline, rebuilt from the clustering tables.
 * Example: {@code new StoryQuery(connection).list(20)}; {@code new StoryQuery(connection).timeline("3f2a…")}.
 */
public final class StoryQuery {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Connection c;

    StoryQuery(Connection connection) {
        this.c = connection;
    }

    public List<StorySummary> list(int limit) {
        List<StorySummary> stories = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, title, first_day, last_day, articles, events, "
                + "conflicting, actors, places FROM stories ORDER BY coalesce(last_day, '') DESC, articles DESC, id "
                + "LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stories.add(new StorySummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getInt(5), r.getInt(6), r.getInt(7), strings(r.getString(8)), strings(r.getString(9))));
                }
            }
            c.commit();
            return stories;
        } catch (SQLException e) {
            throw new StoreException("cannot read the stories (" + JdbcStore.rootMessage(e) + ")", e);
        }
    }

    /** The story with this id, or the story of the article with this id; empty when there is none. */
    public Optional<Story> timeline(String id) {
        try {
            JdbcStoryGraph graph = new JdbcStoryGraph(c);
            String storyId = graph.cluster(Grouping.STORIES, id);
            Optional<Story> story = graph.profile(storyId).isEmpty() ? Optional.empty()
                    : Optional.of(new StoryAssembler(graph).story(storyId));
            c.commit();
            return story;
        } catch (SQLException | DocumentWriter.SqlFailure e) {
            throw new StoreException("cannot read story " + id + " (" + JdbcStore.rootMessage(e) + ")", e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JdbcStoryGraph.JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
