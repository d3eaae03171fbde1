package org.eventbase.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph spread over a cluster. Labels compare by a sort key, then by the member: the
 * component's id is its least member in that order, so it depends on the members alone, as
 * {@code StoryClustering} chooses it. Two ways, the same result:
 * <ul>
 * <li>up to {@link #DRIVER_LIMIT} edges (story links are sparse, so most corpora stay under it), the edges and
 *     their ends' sort keys are collected and joined on the driver with a union-find, and the labels go back to the
 *     executors as a broadcast: four small jobs, where rounds on a small graph spend seconds scheduling dozens;</li>
 * <li>above it, iterative min-label propagation (hash-min): each vertex on an edge starts labelled with itself,
 *     then takes the least label among its own and its neighbours', round after round, until no label changes; a
 *     component needs as many rounds as its longest shortest path, each round two jobs. Only ids and labels are
 *     shuffled, never collected.</li>
 * </ul>
 * Example: vertices {@code a, b, c, d} with empty sort keys and edges {@code a-b, b-c} give
 * {@code a→a, b→a, c→a, d→d}; with sort keys {@code a:"2025-03-05", b:"2025-03-04"} the component's id is {@code b}.
 */
final class ConnectedComponents {
    /**
     * Most edges joined on the driver: at up to about 500 bytes an edge with its two ids, their sort keys and labels,
     * half a million take some 250 MB of the driver's heap, which Spark's default 1 GB driver holds.
     */
    static final long DRIVER_LIMIT = 500_000;

    /** Rounds between lineage truncations (long chains would otherwise grow the plan without bound). */
    private static final int CHECKPOINT_EVERY = 8;

    private ConnectedComponents() {}

    /**
     * @param vertices every member with its sort key ({@code ""} to order by member alone), each member once
     * @param edges    links between members (either direction, repeats allowed); both ends must be vertices
     * @return every member with the id of its component, persisted (the caller unpersists it)
     */
    static JavaPairRDD<String, String> of(JavaPairRDD<String, String> vertices, JavaPairRDD<String, String> edges) {
        return of(vertices, edges, DRIVER_LIMIT);
    }

    /** As {@link #of(JavaPairRDD, JavaPairRDD)}, joining on the driver up to {@code driverLimit} edges. */
    static JavaPairRDD<String, String> of(JavaPairRDD<String, String> vertices, JavaPairRDD<String, String> edges,
            long driverLimit) {
        JavaPairRDD<String, String> links = edges.filter(e -> !e._1().equals(e._2()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            return links.count() <= driverLimit ? onDriver(vertices, links) : inRounds(vertices, links);
        } finally {
            links.unpersist(false);
        }
    }

    private static JavaPairRDD<String, String> onDriver(JavaPairRDD<String, String> vertices,
            JavaPairRDD<String, String> links) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(vertices.context());
        List<Tuple2<String, String>> pairs = links.collect();
        Set<String> ends = new HashSet<>();
        pairs.forEach(p -> {
            ends.add(p._1());
            ends.add(p._2());
        });
        Broadcast<Set<String>> endSet = jsc.broadcast(ends);
        Map<String, String> sortKeys = new HashMap<>();
        vertices.filter(v -> endSet.value().contains(v._1())).collect()
                .forEach(v -> sortKeys.merge(v._1(), v._2(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        endSet.destroy();
        UnionFind components = new UnionFind();
        for (Tuple2<String, String> pair : pairs) {
            if (sortKeys.containsKey(pair._1()) && sortKeys.containsKey(pair._2())) {
                components.union(pair._1(), pair._2());
            }
        }
        Map<String, Tuple2<String, String>> leastOfRoot = new HashMap<>();
        sortKeys.forEach((member, key) -> leastOfRoot.merge(components.find(member), new Tuple2<>(key, member),
                ConnectedComponents::least));
        Map<String, String> labels = new HashMap<>();
        sortKeys.keySet().forEach(member -> labels.put(member, leastOfRoot.get(components.find(member))._2()));
        Broadcast<Map<String, String>> labelMap = jsc.broadcast(labels);
        JavaPairRDD<String, String> result = vertices
                .mapToPair(v -> new Tuple2<>(v._1(), labelMap.value().getOrDefault(v._1(), v._1())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        result.count();
        return result;
    }

    private static JavaPairRDD<String, String> inRounds(JavaPairRDD<String, String> vertices,
            JavaPairRDD<String, String> edges) {
        // One partitioner throughout: unions and joins of co-partitioned RDDs keep its partitions (without it, each
        // round's union would add up the partitions of the last and grow them without bound).
        HashPartitioner partitioner = new HashPartitioner(Math.max(vertices.getNumPartitions(), edges.getNumPartitions()));
        JavaPairRDD<String, String> both = edges.union(edges.mapToPair(Tuple2::swap)).distinct(partitioner.numPartitions())
                .partitionBy(partitioner).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Tuple2<String, String>> labels = vertices.partitionBy(partitioner)
                .join(both.keys().distinct().mapToPair(m -> new Tuple2<>(m, true)), partitioner)
                .mapValues(v -> v._1())
                .mapToPair(v -> new Tuple2<>(v._1(), new Tuple2<>(v._2(), v._1())))
                .partitionBy(partitioner).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (int round = 1; ; round++) {
                JavaPairRDD<String, Tuple2<String, String>> proposed = both.join(labels, partitioner)
                        .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
                JavaPairRDD<String, Tuple2<String, String>> next = labels.union(proposed)
                        .reduceByKey(partitioner, ConnectedComponents::least).persist(StorageLevel.MEMORY_AND_DISK());
                if (round % CHECKPOINT_EVERY == 0) {
                    next.rdd().localCheckpoint();
                }
                long changed = next.join(labels, partitioner).filter(l -> !l._2()._1().equals(l._2()._2())).count();
                labels.unpersist(false);
                labels = next;
                if (changed == 0) {
                    break;
                }
            }
            JavaPairRDD<String, String> components = vertices.leftOuterJoin(labels, partitioner)
                    .mapToPair(v -> new Tuple2<>(v._1(), v._2()._2().isPresent() ? v._2()._2().get()._2() : v._1()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            components.count();
            return components;
        } finally {
            labels.unpersist(false);
            both.unpersist(false);
        }
    }

    private static Tuple2<String, String> least(Tuple2<String, String> a, Tuple2<String, String> b) {
        int bySortKey = a._1().compareTo(b._1());
        if (bySortKey != 0) {
            return bySortKey < 0 ? a : b;
        }
        return a._2().compareTo(b._2()) <= 0 ? a : b;
    }

    /** Disjoint sets of members; {@code find} points each member it passes at its grandparent (path splitting). */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String member) {
            String m = member;
            String p = parent.getOrDefault(m, m);
            while (!p.equals(m)) {
                String grand = parent.getOrDefault(p, p);
                parent.put(m, grand);
                m = p;
                p = grand;
            }
            return m;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }
}
