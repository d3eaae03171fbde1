package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.eventbase.pipeline.Document;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.ArticleProfiles;
import org.eventbase.story.Grouping;
import org.eventbase.story.MemoryStoryGraph;
import org.eventbase.story.StoryAssembler;
import org.eventbase.story.StoryClustering;
import org.eventbase.story.StoryGraph;
import org.eventbase.story.StorySettings;

/**
 * Fills a store's story index cheaply, for measuring story assignment at scale: the documents are clustered in
 * memory ({@link MemoryStoryGraph}, the same {@link StoryClustering}), then their profiles, keys, links, clusters
 * and story rows are inserted as a save would write them, in batches and large transactions, without the articles'
 * own rows. Exact when the filled documents link to no stored article (true of the bench's synthetic corpora, whose
 * stories never cross a fill). Example: {@code StoryIndexFill.fill(store, SyntheticStoryArticles::document, 0,
 * 100_000, 2_000)}.
 */
public final class StoryIndexFill {
    private StoryIndexFill() {}

    /** Fills documents {@code from} (inclusive) to {@code to} (exclusive), committing every {@code batch} rows. */
    public static void fill(Store store, IntFunction<Document> documents, int from, int to, int batch) {
        RecordingGraph graph = new RecordingGraph();
        StoryClustering clustering = new StoryClustering(graph, StorySettings.DEFAULT);
        for (int i = from; i < to; i++) {
            clustering.add(ArticleProfiles.of(documents.apply(i)));
        }
        Connection c = ((JdbcStore) store).connection();
        try {
            insert(c, graph, batch);
            StoryRows rows = new StoryRows(c);
            StoryAssembler assembler = new StoryAssembler(graph.memory);
            int n = 0;
            for (String storyId : graph.memory.storyIds()) {
                rows.story(assembler.story(storyId), id -> graph.memory.profile(id).orElseThrow());
                if (++n % batch == 0) {
                    c.commit();
                }
            }
            c.commit();
        } catch (SQLException | DocumentWriter.SqlFailure | JsonProcessingException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the fill failed already; the rollback's own failure adds nothing
            }
            throw new StoreException("cannot fill the story index (" + e.getMessage() + ")", e);
        }
    }

    private static void insert(Connection c, RecordingGraph graph, int batch)
            throws SQLException, JsonProcessingException {
        List<String[]> profiles = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        for (Map.Entry<String, Collection<String>> e : graph.keys.entrySet()) {
            ArticleProfile p = graph.memory.profile(e.getKey()).orElseThrow();
            profiles.add(new String[] {p.articleId(), JdbcStoryGraph.JSON.writeValueAsString(p)});
            for (String key : new TreeSet<>(e.getValue())) {
                keys.add(new String[] {key, p.articleId()});
            }
        }
        batched(c, "INSERT INTO story_profiles (article_id, profile) VALUES (?, ?)", profiles, batch);
        batched(c, "INSERT INTO story_keys (index_key, article_id) VALUES (?, ?)", keys, batch);
        List<String[]> links = new ArrayList<>();
        List<String[]> clusters = new ArrayList<>();
        for (Grouping g : Grouping.values()) {
            for (String link : graph.links.get(g)) {
                String[] ab = link.split(" ", 2);
                links.add(new String[] {g.name(), ab[0], ab[1], JdbcStoryGraph.article(g, ab[0]),
                        JdbcStoryGraph.article(g, ab[1])});
            }
            for (String member : graph.assigned.get(g)) {
                clusters.add(new String[] {g.name(), member, graph.memory.cluster(g, member),
                        JdbcStoryGraph.article(g, member)});
            }
        }
        batched(c, "INSERT INTO story_links (grouping_kind, member_a, member_b, article_a, article_b) "
                + "VALUES (?, ?, ?, ?, ?)", links, batch);
        batched(c, "INSERT INTO story_clusters (grouping_kind, member, cluster_id, article_id) VALUES (?, ?, ?, ?)",
                clusters, batch);
    }

    private static void batched(Connection c, String sql, List<String[]> rows, int batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setString(i + 1, row[i]);
                }
                s.addBatch();
                if (++n % batch == 0) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
    }

    /** The memory graph, remembering what a store would hold: each article's keys, the links and the members. */
    private static final class RecordingGraph implements StoryGraph {
        final MemoryStoryGraph memory = new MemoryStoryGraph();
        final Map<String, Collection<String>> keys = new TreeMap<>();
        final Map<Grouping, Set<String>> links = new EnumMap<>(Grouping.class);
        final Map<Grouping, Set<String>> assigned = new EnumMap<>(Grouping.class);

        RecordingGraph() {
            for (Grouping g : Grouping.values()) {
                links.put(g, new TreeSet<>());
                assigned.put(g, new TreeSet<>());
            }
        }

        @Override
        public Set<String> articlesUnder(Collection<String> k) {
            return memory.articlesUnder(k);
        }

        @Override
        public Optional<ArticleProfile> profile(String articleId) {
            return memory.profile(articleId);
        }

        @Override
        public void put(ArticleProfile profile, Collection<String> k) {
            memory.put(profile, k);
            keys.put(profile.articleId(), k);
        }

        @Override
        public void link(Grouping grouping, String a, String b) {
            memory.link(grouping, a, b);
            links.get(grouping).add(a + " " + b);
        }

        @Override
        public Set<String> linked(Grouping grouping, String member) {
            return memory.linked(grouping, member);
        }

        @Override
        public String cluster(Grouping grouping, String member) {
            return memory.cluster(grouping, member);
        }

        @Override
        public Set<String> members(Grouping grouping, String cluster) {
            return memory.members(grouping, cluster);
        }

        @Override
        public void assign(Grouping grouping, Collection<String> members, String cluster) {
            memory.assign(grouping, members, cluster);
            assigned.get(grouping).addAll(members);
        }

        @Override
        public void remove(String articleId) {
            throw new UnsupportedOperationException("a fill only adds articles");
        }
    }
}
