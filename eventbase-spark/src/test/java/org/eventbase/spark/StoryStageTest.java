package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventbase.cli.EventbaseCommand;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.StorySummary;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.EventMention;
import org.eventbase.story.MemoryStoryGraph;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryArticle;
import org.eventbase.story.StoryAssembler;
import org.eventbase.story.StoryClustering;
import org.eventbase.story.StorySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job's story stage against incremental clustering: the stories, near-duplicate links and merged events it
 * writes for the shared {@link JobRun} corpus (generated articles plus two situations of the gold set, each with a
 * syndicated copy) are what {@link StoryClustering} gives when the same articles are added
 * one by one, and what the store holds after {@code eventbase import} of the job's output.
 */
class StoryStageTest {
    @TempDir
    Path dir;

    private final SparkSession spark = LocalSpark.session();
    private final JobRun run = JobRun.shared();

    /** The stories incremental clustering makes of the CLI's profiles, added one at a time in a shuffled order. */
    private Map<String, Story> incremental(long seed) {
        List<ArticleProfile> profiles = new ArrayList<>(run.profiles());
        Collections.shuffle(profiles, new Random(seed));
        MemoryStoryGraph graph = new MemoryStoryGraph();
        StoryClustering clustering = new StoryClustering(graph, StorySettings.DEFAULT);
        profiles.forEach(clustering::add);
        Map<String, Story> stories = new TreeMap<>();
        for (String id : graph.storyIds()) {
            stories.put(id, new StoryAssembler(graph).story(id));
        }
        return stories;
    }

    @Test
    void storyPartitionAndCanonicalCopiesAreThoseOfIncrementalClustering() {
        Map<String, Story> expected = incremental(1);
        Map<String, Set<String>> expectedMembers = new TreeMap<>();
        Map<String, String> expectedCanonical = new TreeMap<>();
        expected.forEach((id, story) -> story.articles().forEach(a -> {
            expectedMembers.computeIfAbsent(id, k -> new TreeSet<>()).add(a.articleId());
            expectedCanonical.put(a.articleId(), a.canonical());
        }));
        Map<String, Set<String>> members = new TreeMap<>();
        Map<String, String> canonical = new TreeMap<>();
        for (Row row : rows("story_articles")) {
            members.computeIfAbsent(row.getAs("story_id"), k -> new TreeSet<>()).add(row.getAs("article_id"));
            canonical.put(row.getAs("article_id"), row.getAs("canonical_id"));
            assertThat((boolean) row.getAs("duplicate"))
                    .isEqualTo(!row.getAs("canonical_id").equals(row.getAs("article_id")));
        }
        assertThat(members).isEqualTo(expectedMembers);
        assertThat(canonical).isEqualTo(expectedCanonical).hasSize(JobRun.ARTICLES);
        // Not trivial: each gold situation is one story of several articles, and each has its syndicated copy.
        assertThat(members.values().stream().filter(m -> m.size() >= 4)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(canonical.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void storyRowsHaveTheTitleSpanActorsAndPlacesOfTheAssembledStories() {
        Map<String, Story> expected = incremental(2);
        Set<String> job = new TreeSet<>();
        for (Row row : rows("stories")) {
            job.add(String.join("|", row.<String>getAs("story_id"), row.getAs("title"), row.getAs("first_day"),
                    row.getAs("last_day"), String.valueOf((int) row.getAs("articles")),
                    String.valueOf((int) row.getAs("duplicates")), String.valueOf((int) row.getAs("events")),
                    String.valueOf((int) row.getAs("conflicting")), row.getList(row.fieldIndex("actors")).toString(),
                    row.getList(row.fieldIndex("places")).toString()));
        }
        Set<String> want = new TreeSet<>();
        expected.forEach((id, s) -> want.add(String.join("|", id, s.title(),
                s.days() == null ? null : s.days().from(), s.days() == null ? null : s.days().to(),
                String.valueOf(s.articles().size()),
                String.valueOf(s.articles().stream().filter(StoryArticle::duplicate).count()),
                String.valueOf(s.timeline().size()),
                String.valueOf(s.timeline().stream().filter(MergedEvent::conflicting).count()),
                s.actors().toString(), s.places().toString())));
        assertThat(job).isEqualTo(want).hasSize(expected.size());
    }

    @Test
    void mergedEventsHaveEveryMentionAndConflictingClaimOfIncrementalClustering() {
        Map<String, Story> expected = incremental(3);
        Map<String, String> want = new TreeMap<>();
        expected.forEach((id, s) -> {
            int ordinal = 0;
            for (MergedEvent m : s.timeline()) {
                List<String> mentions = new ArrayList<>();
                for (EventMention e : m.mentions()) {
                    mentions.add(e.eventKey() + "@" + e.articleId() + "@" + e.publisher() + "@" + e.evidence());
                }
                want.put(m.id(), String.join("|", id, String.valueOf(ordinal++), m.type().name(), m.mode(),
                        m.place(), m.country(), m.days() == null ? null : m.days().from(),
                        String.valueOf(m.conflicting()), mentions.toString(), ProfileJson.json(m.claims())));
            }
        });
        Map<String, String> job = new TreeMap<>();
        for (Row row : rows("merged_events")) {
            List<String> mentions = new ArrayList<>();
            for (Row e : row.<Row>getList(row.fieldIndex("mentions"))) {
                mentions.add(e.getAs("event_key") + "@" + e.getAs("article_id") + "@" + e.getAs("publisher") + "@"
                        + e.getAs("evidence"));
            }
            job.put(row.getAs("merged_event_id"), String.join("|", row.<String>getAs("story_id"),
                    String.valueOf((int) row.getAs("ordinal")), row.getAs("type"), row.getAs("mode"),
                    row.getAs("place"), row.getAs("country_code"), row.getAs("day_from"),
                    String.valueOf((boolean) row.getAs("conflicting")), mentions.toString(),
                    row.getAs("claims_json")));
        }
        assertThat(job).isEqualTo(want);
        // Not trivial: some events are told by several articles, and some carry conflicting figures.
        assertThat(rows("merged_events")).anyMatch(r -> (int) r.getAs("articles") >= 2)
                .anyMatch(r -> (boolean) r.getAs("conflicting"));
    }

    @Test
    void reportCountsStoriesDuplicateClustersAndMergedEvents() {
        Map<String, Story> expected = incremental(4);
        StoryCounts counts = run.report().stories();
        assertThat(counts.stories()).isEqualTo(expected.size());
        assertThat(counts.articles()).isEqualTo(JobRun.ARTICLES);
        assertThat(counts.mergedEvents()).isEqualTo(expected.values().stream().mapToLong(s -> s.timeline().size()).sum());
        assertThat(counts.duplicateClusters()).isEqualTo(expected.values().stream()
                .flatMap(s -> s.articles().stream()).filter(StoryArticle::duplicate).map(StoryArticle::canonical)
                .distinct().count()).isPositive();
        assertThat(counts.multiSourceEvents()).isPositive();
        assertThat(counts.conflictingEvents()).isEqualTo(expected.values().stream()
                .flatMap(s -> s.timeline().stream()).filter(MergedEvent::conflicting).count()).isPositive();
        assertThat(counts.seconds()).isPositive();
        assertThat(run.report().tables()).containsEntry("stories", counts.stories())
                .containsEntry("merged_events", counts.mergedEvents());
    }

    @Test
    void importedStoreHoldsTheStoriesTheJobWrote() throws Exception {
        Path db = dir.resolve("imported.db");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EventbaseCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        assertThat(command.execute("import", run.output().toString(), "--db", db.toString())).as(out.toString())
                .isZero();
        Map<String, Story> expected = incremental(5);
        try (Store store = Store.open(StoreLocation.parse(db.toString()))) {
            List<StorySummary> summaries = store.stories(10_000);
            assertThat(summaries).extracting(StorySummary::id)
                    .containsExactlyInAnyOrderElementsOf(ids(rows("stories")));
            for (StorySummary summary : summaries) {
                assertThat(store.story(summary.id())).contains(expected.get(summary.id()));
            }
        }
    }

    private static Set<String> ids(List<Row> stories) {
        Set<String> ids = new TreeSet<>();
        stories.forEach(r -> ids.add(r.getAs("story_id")));
        return ids;
    }

    private List<Row> rows(String table) {
        return spark.read().parquet(run.output().resolve(table).toString()).collectAsList();
    }
}
