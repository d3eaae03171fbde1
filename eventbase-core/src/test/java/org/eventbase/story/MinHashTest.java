package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String ORIGINAL = "Thousands of teachers marched through the centre of Salto on Tuesday "
            + "against the pension bill, which would raise the retirement age to 65. Police fired tear gas when a "
            + "group tried to reach the town hall, and nine people were arrested, the interior ministry said. The "
            + "teachers' union said it would call a general strike if the senate passed the bill next week. "
            + "Organisers put the crowd at 12,000; police said about 4,000 took part.";

    @Test
    void rewrittenCopyWithOtherCruftEstimatesHighSimilarityAndSharesABand() {
        String copy = "Share this article\n" + ORIGINAL.replace("nine people", "eleven people")
                + "\nRead more: regional news\nSubscribe to our newsletter";
        int[] a = MinHash.STANDARD.signature(TextShingles.of(ORIGINAL));
        int[] b = MinHash.STANDARD.signature(TextShingles.of(copy));
        assertThat(MinHash.similarity(a, b)).isGreaterThan(0.7);
        Set<String> shared = new HashSet<>(MinHash.STANDARD.bandKeys(a));
        shared.retainAll(MinHash.STANDARD.bandKeys(b));
        assertThat(shared).isNotEmpty();
    }

    @Test
    void unrelatedArticlesEstimateLowSimilarityAndShareNoBand() {
        String other = "The national library in Tallinn reopened on Monday after a two-year renovation, with a new "
                + "reading room for children and a café on the roof, the city's culture department said.";
        int[] a = MinHash.STANDARD.signature(TextShingles.of(ORIGINAL));
        int[] b = MinHash.STANDARD.signature(TextShingles.of(other));
        assertThat(MinHash.similarity(a, b)).isLessThan(0.1);
        Set<String> shared = new HashSet<>(MinHash.STANDARD.bandKeys(a));
        shared.retainAll(MinHash.STANDARD.bandKeys(b));
        assertThat(shared).isEmpty();
    }

    @Test
    void shinglesIgnoreCaseAndPunctuation() {
        assertThat(TextShingles.of("Police fired tear gas, at the crowd!"))
                .isEqualTo(TextShingles.of("police fired tear gas at the crowd"));
    }
}
