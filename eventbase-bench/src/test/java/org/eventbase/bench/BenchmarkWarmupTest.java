package org.eventbase.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;

class BenchmarkWarmupTest {
    private static List<BenchArticle> corpus(int size) {
        return IntStream.range(0, size).mapToObj(i -> new BenchArticle(
                new RawArticle("a" + i + ".txt", ContentFormat.TEXT, "Text " + i + ".", null), "Text " + i + "."))
                .toList();
    }

    @Test
    void aWarmUpLongerThanTheCorpusGoesRoundItAgain() {
        List<BenchArticle> warmup = Benchmark.warmup(corpus(3), 7);
        assertThat(warmup).extracting(BenchArticle::input)
                .containsExactly("a0.txt", "a1.txt", "a2.txt", "a0.txt", "a1.txt", "a2.txt", "a0.txt");
    }

    @Test
    void aShorterWarmUpTakesTheFirstArticlesAndZeroTakesNone() {
        assertThat(Benchmark.warmup(corpus(5), 2)).extracting(BenchArticle::input).containsExactly("a0.txt", "a1.txt");
        assertThat(Benchmark.warmup(corpus(5), 0)).isEmpty();
    }
}
