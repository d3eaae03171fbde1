package org.eventbase.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.eventbase.story.ArticleLinker;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.BlockingKeys;
import org.eventbase.story.EventCoreference;
import org.eventbase.story.EventProfile;
import org.eventbase.story.Grouping;
import org.eventbase.story.MemoryStoryGraph;
import org.eventbase.story.Story;
import org.eventbase.story.StoryAssembler;
import org.eventbase.story.StorySettings;
import scala.Tuple2;

/**
 * Near-duplicates, merged events and stories across the whole corpus, as a distributed stage after extraction; the
 * same clusters, with the same ids, as {@code StoryClustering} gives when the articles are added one by one (which
 * is what {@code eventbase import} does through the store):
 * <ol>
 * <li>each article's {@link ArticleProfile} was made on the executors during extraction ({@link ExtractedRows});</li>
 * <li>candidate pairs: every article's posted {@link BlockingKeys} joined with every article's queried keys (a
 *     shuffle of ids, never collected), so each pair the incremental clustering compares is compared here;</li>
 * <li>links: {@link ArticleLinker} on each candidate pair, {@link EventCoreference} on the events of each linked
 *     pair;</li>
 * <li>clusters: {@link ConnectedComponents} of the story links, the near-duplicate links and the event links, each
 *     cluster named by its least member in the clustering's order;</li>
 * <li>each story assembled on an executor by {@link StoryAssembler} from a {@link MemoryStoryGraph} of its members,
 *     and written as the {@link StoryTable}s.</li>
 * </ol>
 * Example: {@code new StoryStage(spark).run(extracted, "hdfs://nn/out/run1")} writes {@code stories/},
 * {@code story_articles/} and {@code merged_events/} there and returns their counts.
 */
final class StoryStage {
    private final SparkSession spark;

    StoryStage(SparkSession spark) {
        this.spark = spark;
    }

    StoryCounts run(JavaRDD<ExtractedRows> extracted, String output) {
        long started = System.nanoTime();
        JavaPairRDD<String, String> profiles = extracted.filter(r -> r.profile() != null)
                .mapToPair(r -> new Tuple2<>(r.rows(OutputTable.ARTICLES).get(0).getString(0), r.profile()))
                .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<LinkedPair> links = links(profiles).persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<JavaPairRDD<String, String>> clusters = new ArrayList<>();
        try {
            JavaPairRDD<String, String> stories = ConnectedComponents.of(
                    profiles.mapToPair(p -> new Tuple2<>(p._1(), "")),
                    links.mapToPair(l -> new Tuple2<>(l.a(), l.b())));
            clusters.add(stories);
            JavaPairRDD<String, String> canonicals = ConnectedComponents.of(
                    profiles.mapToPair(p -> new Tuple2<>(p._1(), publishedOrderKey(ProfileJson.read(p._2())))),
                    links.filter(LinkedPair::duplicate).mapToPair(l -> new Tuple2<>(l.a(), l.b())));
            clusters.add(canonicals);
            JavaPairRDD<String, String> eventOwners = profiles.flatMapToPair(p -> ProfileJson.read(p._2()).events()
                    .stream().map(e -> new Tuple2<>(e.key(), p._1())).iterator());
            JavaPairRDD<String, String> mergedEvents = ConnectedComponents.of(
                    eventOwners.mapToPair(e -> new Tuple2<>(e._1(), "")),
                    links.flatMapToPair(l -> l.eventPairs().iterator()));
            clusters.add(mergedEvents);

            JavaPairRDD<String, Map<String, String>> eventClustersByArticle = mergedEvents.join(eventOwners)
                    .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())))
                    .groupByKey()
                    .mapToPair(a -> {
                        Map<String, String> byKey = new TreeMap<>();
                        a._2().forEach(e -> byKey.put(e._1(), e._2()));
                        return new Tuple2<>(a._1(), byKey);
                    });
            JavaRDD<StoryRows> assembled = profiles.join(stories).join(canonicals)
                    .leftOuterJoin(eventClustersByArticle)
                    .mapToPair(m -> new Tuple2<>(m._2()._1()._1()._2(), new StoryMember(m._2()._1()._1()._1(),
                            m._2()._1()._2(), m._2()._2().isPresent() ? m._2()._2().get() : Map.of())))
                    .groupByKey()
                    .map(s -> StoryRows.of(assemble(s._1(), s._2())))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                for (StoryTable table : StoryTable.values()) {
                    write(assembled, table, output);
                }
                StoryCounts counts = assembled.map(StoryCounts::of).fold(StoryCounts.NONE, StoryCounts::plus);
                return counts.withSeconds((System.nanoTime() - started) / 1e9);
            } finally {
                assembled.unpersist(false);
            }
        } finally {
            clusters.forEach(c -> c.unpersist(false));
            links.unpersist(false);
            profiles.unpersist(false);
        }
    }

    /** The linked pairs among the candidates the blocking keys give, with the event links of each. */
    private static JavaRDD<LinkedPair> links(JavaPairRDD<String, String> profiles) {
        JavaPairRDD<String, String> posted = profiles.flatMapToPair(p -> BlockingKeys.posted(ProfileJson.read(p._2()))
                .stream().map(k -> new Tuple2<>(k, p._1())).iterator());
        JavaPairRDD<String, String> queried = profiles.flatMapToPair(p -> BlockingKeys
                .queried(ProfileJson.read(p._2()), StorySettings.DEFAULT).stream().map(k -> new Tuple2<>(k, p._1()))
                .iterator());
        JavaPairRDD<String, String> candidates = posted.join(queried).values()
                .filter(pair -> !pair._1().equals(pair._2()))
                .mapToPair(pair -> pair._1().compareTo(pair._2()) < 0 ? pair : pair.swap())
                .distinct();
        return candidates.join(profiles)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(profiles)
                .mapPartitions(StoryStage::link);
    }

    private static Iterator<LinkedPair> link(Iterator<Tuple2<String, Tuple2<Tuple2<String, String>, String>>> pairs) {
        ArticleLinker linker = new ArticleLinker(StorySettings.DEFAULT);
        EventCoreference coreference = new EventCoreference(StorySettings.DEFAULT);
        List<LinkedPair> linked = new ArrayList<>();
        pairs.forEachRemaining(pair -> {
            ArticleProfile a = ProfileJson.read(pair._2()._1()._2());
            ArticleProfile b = ProfileJson.read(pair._2()._2());
            linker.link(a, b).ifPresent(link -> {
                List<Tuple2<String, String>> eventPairs = new ArrayList<>();
                for (EventProfile e : a.events()) {
                    for (EventProfile f : b.events()) {
                        if (coreference.corefer(e, f)) {
                            eventPairs.add(new Tuple2<>(e.key(), f.key()));
                        }
                    }
                }
                linked.add(new LinkedPair(link.a(), link.b(), link.duplicate(), eventPairs));
            });
        });
        return linked.iterator();
    }

    /**
     * The order near-duplicate clusters are named in: earliest published first, undated last ({@code ~} sorts after
     * every digit), then least id (the member, which {@link ConnectedComponents} compares next).
     */
    static String publishedOrderKey(ArticleProfile profile) {
        return profile.published() == null ? "~" : profile.published();
    }

    private static Story assemble(String storyId, Iterable<StoryMember> members) {
        MemoryStoryGraph graph = new MemoryStoryGraph();
        List<String> ids = new ArrayList<>();
        for (StoryMember member : members) {
            ArticleProfile profile = ProfileJson.read(member.profile());
            graph.put(profile, List.of());
            ids.add(profile.articleId());
            graph.assign(Grouping.DUPLICATES, List.of(profile.articleId()), member.canonical());
            member.mergedEvents().forEach((key, merged) -> graph.assign(Grouping.EVENTS, List.of(key), merged));
        }
        graph.assign(Grouping.STORIES, ids, storyId);
        return new StoryAssembler(graph).story(storyId);
    }

    private void write(JavaRDD<StoryRows> assembled, StoryTable table, String output) {
        Dataset<Row> rows = spark.createDataFrame(assembled.flatMap(r -> r.rows(table).iterator()), table.schema());
        rows.write().mode(SaveMode.ErrorIfExists).parquet(output + "/" + table.directory());
    }

    /**
     * Two articles linked in a story, whether they are near-duplicates, and the pairs of their event mentions that
     * denote one event. Example: {@code LinkedPair("3f2a", "9c01", true, [("3f2a-ev1", "9c01-ev1")])}.
     */
    record LinkedPair(String a, String b, boolean duplicate, List<Tuple2<String, String>> eventPairs)
            implements Serializable {}

    /** One article of a story with its canonical copy and the merged event of each of its events. */
    record StoryMember(String profile, String canonical, Map<String, String> mergedEvents) implements Serializable {}
}
