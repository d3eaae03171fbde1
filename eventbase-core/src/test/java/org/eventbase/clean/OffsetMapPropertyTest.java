package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eventbase.model.InputException;
import org.eventbase.model.OffsetMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of cleaning on 300 generated texts (seeded, so a failure is reproducible by its seed): copied segments
 * map back to identical raw text, and the clean text is normalised.
 */
class OffsetMapPropertyTest {
    private static final List<String> WORDS = List.of(
            "the", "council", "said", "Marova", "Marovasaid", "on", "Monday", "“quote”", "2,000", "(AP)", "—",
            "Photograph:", "Agency/AP", "Load", "Error", "Video:", "Related:", "tax", "rise.", "cafés", "naïve");
    private static final List<String> SPACES = List.of(" ", "  ", "\t", " \u00a0");
    private static final List<String> BREAKS = List.of("\n", "\n\n", "\n\n\n", "\r\n\r\n", "\n \n");

    private final ArticleCleaner cleaner = new ArticleCleaner();

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 7919L * i + 17);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCopiedSegmentOfCleanTextEqualsTheRawTextItMapsTo(long seed) {
        String raw = article(new Random(seed));
        CleanedArticle cleaned;
        try {
            cleaned = cleaner.clean(Fixtures.text(raw));
        } catch (InputException nothingLeft) {
            return;
        }
        for (OffsetMap.Segment segment : cleaned.sourceMap().segments()) {
            String clean = cleaned.text().substring(segment.cleanStart(), segment.cleanStart() + segment.length());
            String source = raw.substring(segment.rawStart(), segment.rawStart() + segment.length());
            assertThat(clean).isEqualTo(source);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cleanTextIsTrimmedWithOneBlankLineBetweenParagraphs(long seed) {
        String text;
        try {
            text = cleaner.clean(Fixtures.text(article(new Random(seed)))).text();
        } catch (InputException nothingLeft) {
            return;
        }
        assertThat(text).isEqualTo(text.strip()).doesNotContain("\n\n\n", "  ", "\t")
                .doesNotContainPattern("[^\n]\n[^\n]");
    }

    private static String article(Random random) {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int l = 0; l < lines; l++) {
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                out.append(pick(random, WORDS)).append(pick(random, SPACES));
            }
            out.append(pick(random, BREAKS));
        }
        return out.toString();
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
