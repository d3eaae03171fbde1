package org.eventbase.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stories updated row by row as articles are saved: the same rows as a rebuild, and few of them per article. */
class IncrementalStoryStoreTest {
    private static final List<String> STORY_TABLES = List.of("stories", "story_articles", "story_tallies",
            "merged_events", "merged_event_mentions", "merged_event_claims");

    @TempDir
    Path temp;

    private static void save(Store store, Document doc) {
        store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
    }

    /** Three stories of eight articles with copies and conflicting tolls, then two articles that merge them. */
    private static List<Document> mergingCorpus() {
        List<Document> docs = new ArrayList<>();
        for (int story = 1; story <= 3; story++) {
            for (int n = 0; n < 8; n++) {
                Document d = StoryCorpus.article(story, n, story * 2 + n % 4, 3 + n % 3);
                docs.add(d);
                if (n % 4 == 0) {
                    docs.add(StoryCorpus.copy(d, 9 + n));
                }
            }
        }
        docs.add(StoryCorpus.bridge("joint rally", 5, 1, 2));
        docs.add(StoryCorpus.bridge("joint statement", 7, 2, 3));
        docs.add(StoryCorpus.article(9, 0, 40, 2));
        return docs;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void rowsWrittenArticleByArticleEqualARebuildOfEveryStory(Vendor vendor) throws SQLException {
        StoreLocation location = StoreBackends.fresh(vendor, temp);
        String incremental;
        try (Store store = Store.open(location)) {
            mergingCorpus().forEach(d -> save(store, d));
            incremental = store.canonicalDump();
            assertThat(store.stories(10)).extracting(StorySummary::articles).containsExactly(1, 32);
        }
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            for (String table : STORY_TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        try (Store store = Store.open(location)) {
            assertThat(store.canonicalDump()).isEqualTo(incremental).contains("story_tallies|");
        }
    }

    @Test
    void theFiveHundredAndFirstArticleOfAStoryChangesOnlyItsOwnRowsAndTheEventItJoins() {
        try (Store store = Store.open(StoreBackends.fresh(Vendor.SQLITE, temp))) {
            for (int n = 0; n < 500; n++) {
                save(store, StoryCorpus.article(1, n, n / 2, 3));
            }
            assertThat(store.stories(10)).extracting(StorySummary::articles).containsExactly(500);
            Set<String> before = storyRows(store.canonicalDump());

            save(store, StoryCorpus.article(1, 500, 125, 7));

            Set<String> after = storyRows(store.canonicalDump());
            Set<String> changed = new HashSet<>(after);
            changed.removeAll(before);
            Set<String> gone = new HashSet<>(before);
            gone.removeAll(after);
            // the new article's membership row; its merged event (day 125, now three mentions): the event row, the
            // mention added, three claim rows (their summary columns repeat the new range); the summary row; tallies
            assertThat(changed).as("rows added or changed").hasSizeLessThanOrEqualTo(10);
            assertThat(gone).as("rows replaced").hasSizeLessThanOrEqualTo(8);
            assertThat(store.stories(10)).extracting(StorySummary::articles).containsExactly(501);
            assertThat(store.stories(10)).extracting(StorySummary::conflicting).containsExactly(1);
        }
    }

    @Test
    void theBenchFillWritesTheSameStoryIndexAsSavingEachArticle() {
        List<Document> docs = mergingCorpus();
        List<String> index = new ArrayList<>(STORY_TABLES);
        index.addAll(List.of("story_profiles", "story_keys", "story_links", "story_clusters"));
        String saved;
        try (Store store = Store.open(StoreBackends.fresh(Vendor.SQLITE, temp))) {
            docs.forEach(d -> save(store, d));
            saved = rowsOf(store.canonicalDump(), index);
        }
        try (Store store = Store.open(StoreBackends.fresh(Vendor.SQLITE, temp))) {
            StoryIndexFill.fill(store, docs::get, 0, docs.size(), 7);
            assertThat(rowsOf(store.canonicalDump(), index)).isEqualTo(saved).contains("story_links|");
        }
    }

    private static String rowsOf(String dump, List<String> tables) {
        return Arrays.stream(dump.split("\n"))
                .filter(l -> tables.contains(l.substring(0, Math.max(0, l.indexOf('|')))))
                .collect(Collectors.joining("\n"));
    }

    private static Set<String> storyRows(String dump) {
        return Arrays.stream(dump.split("\n"))
                .filter(l -> STORY_TABLES.contains(l.substring(0, Math.max(0, l.indexOf('|')))))
                .collect(Collectors.toSet());
    }

    private static Connection connect(StoreLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl());
    }
}
