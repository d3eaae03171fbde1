package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eventbase.model.InputException;
import org.eventbase.model.OffsetMap;

class OffsetMapPropertyTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Property(tries = 300)
    void everyCopiedSegmentOfCleanTextEqualsTheRawTextItMapsTo(@ForAll("articles") String raw) {
        CleanedArticle cleaned;
        try {
            cleaned = cleaner.clean(Fixtures.text(raw));
        } catch (InputException nothingLeft) {
            Assume.that(false);
            return;
        }
        for (OffsetMap.Segment segment : cleaned.sourceMap().segments()) {
            String clean = cleaned.text().substring(segment.cleanStart(), segment.cleanStart() + segment.length());
            String source = raw.substring(segment.rawStart(), segment.rawStart() + segment.length());
            assertThat(clean).isEqualTo(source);
        }
    }

    @Property(tries = 300)
    void cleanTextIsTrimmedWithOneBlankLineBetweenParagraphs(@ForAll("articles") String raw) {
        String text;
        try {
            text = cleaner.clean(Fixtures.text(raw)).text();
        } catch (InputException nothingLeft) {
            Assume.that(false);
            return;
        }
        assertThat(text).isEqualTo(text.strip()).doesNotContain("\n\n\n", "  ", "\t").doesNotContainPattern("[^\n]\n[^\n]");
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> word = Arbitraries.of(
                "the", "council", "said", "Marova", "Marovasaid", "on", "Monday", "“quote”", "2,000", "(AP)", "—",
                "Photograph:", "Agency/AP", "Load", "Error", "Video:", "Related:", "tax", "rise.", "cafés", "naïve");
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", " \u00a0");
        Arbitrary<String> line = Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(14)
                .flatMap(words -> space.list().ofSize(words.size()).map(gaps -> join(words, gaps))));
        Arbitrary<String> breakBetween = Arbitraries.of("\n", "\n\n", "\n\n\n", "\r\n\r\n", "\n \n");
        return line.list().ofMinSize(1).ofMaxSize(12)
                .flatMap(lines -> breakBetween.list().ofSize(lines.size()).map(breaks -> join(lines, breaks)));
    }

    private static String join(List<String> parts, List<String> separators) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(parts.get(i)).append(separators.get(i));
        }
        return out.toString();
    }
}
