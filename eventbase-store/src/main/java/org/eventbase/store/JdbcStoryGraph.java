package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.Grouping;
import org.eventbase.story.StoryGraph;

/**
 * The {@link StoryGraph} in the store's tables ({@code story_profiles}, {@code story_keys}, {@code story_links},
 * {@code story_clusters}): every call is an indexed lookup or a keyed write, inside the caller's transaction.
 * Profiles read are cached for the life of the instance (one article's save). Example:
 * {@code new StoryClustering(new JdbcStoryGraph(connection), StorySettings.DEFAULT).add(profile)}.
 */
final class JdbcStoryGraph implements StoryGraph {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int CHUNK = 500;

    private final Connection c;
    private final Map<String, Optional<ArticleProfile>> profiles = new HashMap<>();

    JdbcStoryGraph(Connection connection) {
        this.c = connection;
    }

    @Override
    public Set<String> articlesUnder(Collection<String> keys) {
        Set<String> ids = new TreeSet<>();
        List<String> all = new ArrayList<>(new TreeSet<>(keys));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT DISTINCT article_id FROM story_keys WHERE index_key IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new DocumentWriter.SqlFailure(e);
            }
        }
        return ids;
    }

    @Override
    public Optional<ArticleProfile> profile(String articleId) {
        return profiles.computeIfAbsent(articleId, id -> {
            List<String> json = strings("SELECT profile FROM story_profiles WHERE article_id = ?", id);
            if (json.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(JSON.readValue(json.get(0), ArticleProfile.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored story profile of " + id + " is not readable", e);
            }
        });
    }

    @Override
    public void put(ArticleProfile profile, Collection<String> keys) {
        try {
            update("INSERT INTO story_profiles (article_id, profile) VALUES (?, ?)", profile.articleId(),
                    JSON.writeValueAsString(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the story profile of " + profile.articleId(), e);
        }
        for (String key : new TreeSet<>(keys)) {
            update("INSERT INTO story_keys (index_key, article_id) VALUES (?, ?)", key, profile.articleId());
        }
        profiles.put(profile.articleId(), Optional.of(profile));
    }

    @Override
    public void link(Grouping grouping, String a, String b) {
        update("DELETE FROM story_links WHERE grouping_kind = ? AND member_a = ? AND member_b = ?", grouping.name(),
                a, b);
        update("INSERT INTO story_links (grouping_kind, member_a, member_b, article_a, article_b) "
                + "VALUES (?, ?, ?, ?, ?)", grouping.name(), a, b, article(grouping, a), article(grouping, b));
    }

    @Override
    public Set<String> linked(Grouping grouping, String member) {
        Set<String> linked = new HashSet<>(strings("SELECT member_b FROM story_links WHERE grouping_kind = ? AND "
                + "member_a = ?", grouping.name(), member));
        linked.addAll(strings("SELECT member_a FROM story_links WHERE grouping_kind = ? AND member_b = ?",
                grouping.name(), member));
        return linked;
    }

    @Override
    public String cluster(Grouping grouping, String member) {
        List<String> ids = strings("SELECT cluster_id FROM story_clusters WHERE grouping_kind = ? AND member = ?",
                grouping.name(), member);
        return ids.isEmpty() ? member : ids.get(0);
    }

    @Override
    public Set<String> members(Grouping grouping, String cluster) {
        List<String> members = strings("SELECT member FROM story_clusters WHERE grouping_kind = ? AND cluster_id = ?",
                grouping.name(), cluster);
        return members.isEmpty() ? Set.of(cluster) : new TreeSet<>(members);
    }

    @Override
    public void assign(Grouping grouping, Collection<String> members, String cluster) {
        for (String m : members) {
            update("DELETE FROM story_clusters WHERE grouping_kind = ? AND member = ?", grouping.name(), m);
            update("INSERT INTO story_clusters (grouping_kind, member, cluster_id, article_id) VALUES (?, ?, ?, ?)",
                    grouping.name(), m, cluster, article(grouping, m));
        }
    }

    @Override
    public void remove(String articleId) {
        update("DELETE FROM story_profiles WHERE article_id = ?", articleId);
        update("DELETE FROM story_keys WHERE article_id = ?", articleId);
        update("DELETE FROM story_links WHERE article_a = ?", articleId);
        update("DELETE FROM story_links WHERE article_b = ?", articleId);
        update("DELETE FROM story_clusters WHERE article_id = ?", articleId);
        profiles.put(articleId, Optional.empty());
    }

    /** The article a member belongs to: itself, or the part of an event key before {@code -ev}. */
    static String article(Grouping grouping, String member) {
        if (grouping != Grouping.EVENTS) {
            return member;
        }
        int at = member.lastIndexOf("-ev");
        return at < 0 ? member : member.substring(0, at);
    }

    private List<String> strings(String sql, String... values) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new DocumentWriter.SqlFailure(e);
        }
        return out;
    }

    private void update(String sql, String... values) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new DocumentWriter.SqlFailure(e);
        }
    }
}
