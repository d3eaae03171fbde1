package org.eventbase.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph spread over a cluster, by iterative min-label propagation (hash-min): each vertex
 * on an edge starts labelled with itself, then takes the least label among its own and its neighbours', round after
 * round, until no label changes; a component needs as many rounds as its longest shortest path. Only ids and labels
 * are shuffled, never collected. Labels compare by a sort key, then by the member: the component's id is its least
 * member in that order, so it depends on the members alone, as {@code StoryClustering} chooses it.
 * Example: vertices {@code a, b, c, d} with empty sort keys and edges {@code a-b, b-c} give
 * {@code a→a, b→a, c→a, d→d}; with sort keys {@code a:"2025-03-05", b:"2025-03-04"} the component's id is {@code b}.
 */
final class ConnectedComponents {
    /** Rounds between lineage truncations (long chains would otherwise grow the plan without bound). */
    private static final int CHECKPOINT_EVERY = 8;

    private ConnectedComponents() {}

    /**
     * @param vertices every member with its sort key ({@code ""} to order by member alone)
     * @param edges    links between members (either direction, repeats allowed); both ends must be vertices
     * @return every member with the id of its component, persisted (the caller unpersists it)
     */
    static JavaPairRDD<String, String> of(JavaPairRDD<String, String> vertices, JavaPairRDD<String, String> edges) {
        // One partitioner throughout: unions and joins of co-partitioned RDDs keep its partitions (without it, each
        // round's union would add up the partitions of the last and grow them without bound).
        HashPartitioner partitioner = new HashPartitioner(Math.max(vertices.getNumPartitions(), edges.getNumPartitions()));
        JavaPairRDD<String, String> both = edges.filter(e -> !e._1().equals(e._2()))
                .union(edges.mapToPair(Tuple2::swap)).distinct(partitioner.numPartitions())
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
}
