package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ConnectedComponentsTest {
    private final JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

    /** The components both ways (on the driver and in rounds), after checking that they agree. */
    private Map<String, String> components(List<Tuple2<String, String>> vertices, List<Tuple2<String, String>> edges) {
        Map<String, String> onDriver = components(vertices, edges, ConnectedComponents.DRIVER_LIMIT);
        Map<String, String> inRounds = components(vertices, edges, 0);
        assertThat(onDriver).isEqualTo(inRounds);
        return onDriver;
    }

    private Map<String, String> components(List<Tuple2<String, String>> vertices, List<Tuple2<String, String>> edges,
            long driverLimit) {
        JavaPairRDD<String, String> result = ConnectedComponents.of(jsc.parallelizePairs(vertices, 3),
                jsc.parallelizePairs(edges, 3), driverLimit);
        Map<String, String> map = new TreeMap<>(result.collectAsMap());
        result.unpersist(false);
        return map;
    }

    @Test
    void onTheDriverAndInRoundsGiveTheSameComponentsOfARandomSparseGraph() {
        Random random = new Random(7);
        List<Tuple2<String, String>> vertices = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            vertices.add(new Tuple2<>("m" + i, random.nextInt(4) == 0 ? "~" : "2025-03-0" + random.nextInt(10)));
        }
        List<Tuple2<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            edges.add(new Tuple2<>("m" + random.nextInt(300), "m" + random.nextInt(300)));
        }
        Map<String, String> c = components(vertices, edges);
        assertThat(c).hasSize(300);
        // Every component's id is one of its members, the least of them by sort key, then by member.
        Map<String, String> sortKey = new TreeMap<>();
        vertices.forEach(v -> sortKey.put(v._1(), v._2()));
        c.forEach((member, id) -> {
            assertThat(c).containsEntry(id, id);
            String idOrder = sortKey.get(id) + " " + id;
            assertThat(idOrder.compareTo(sortKey.get(member) + " " + member)).isLessThanOrEqualTo(0);
        });
        assertThat(new HashSet<>(c.values())).hasSizeBetween(60, 299);
    }

    @Test
    void aLongChainIsOneComponentNamedByItsLeastMemberAndLoneVerticesNameThemselves() {
        List<Tuple2<String, String>> vertices = new ArrayList<>();
        List<Tuple2<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            vertices.add(new Tuple2<>(String.format("v%02d", i), ""));
            if (i > 0) {
                // The chain runs from the greatest member down, so the least label must travel its whole length.
                edges.add(new Tuple2<>(String.format("v%02d", i), String.format("v%02d", i - 1)));
            }
        }
        vertices.add(new Tuple2<>("alone", ""));
        vertices.add(new Tuple2<>("x1", ""));
        vertices.add(new Tuple2<>("x2", ""));
        edges.add(new Tuple2<>("x2", "x1"));
        edges.add(new Tuple2<>("x1", "x2"));
        Map<String, String> c = components(vertices, edges);
        assertThat(c).hasSize(15).containsEntry("alone", "alone").containsEntry("x2", "x1").containsEntry("x1", "x1");
        for (int i = 0; i < 12; i++) {
            assertThat(c).containsEntry(String.format("v%02d", i), "v00");
        }
    }

    @Test
    void sortKeysComeBeforeTheMemberWhenNamingAComponent() {
        Map<String, String> c = components(
                List.of(new Tuple2<>("a", "2025-03-05"), new Tuple2<>("b", "2025-03-04"), new Tuple2<>("c", "~"),
                        new Tuple2<>("d", "2025-03-04")),
                List.of(new Tuple2<>("a", "b"), new Tuple2<>("b", "c"), new Tuple2<>("c", "d")));
        assertThat(c).containsEntry("a", "b").containsEntry("b", "b").containsEntry("c", "b").containsEntry("d", "b");
    }
}
