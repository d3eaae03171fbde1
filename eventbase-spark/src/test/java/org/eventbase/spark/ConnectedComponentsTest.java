package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ConnectedComponentsTest {
    private final JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

    private Map<String, String> components(List<Tuple2<String, String>> vertices, List<Tuple2<String, String>> edges) {
        JavaPairRDD<String, String> result = ConnectedComponents.of(jsc.parallelizePairs(vertices, 3),
                jsc.parallelizePairs(edges, 3));
        Map<String, String> map = new TreeMap<>(result.collectAsMap());
        result.unpersist(false);
        return map;
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
