package org.eventbase.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void alignsTextLeftAndNumbersRightUnderARuledHeader() {
        String table = new TextTable("system", "articles/s", "ratio")
                .row("eventbase", "12.34", "9.50x")
                .row("plain CoreNLP", "1.3", "1.00x")
                .render();
        assertThat(table).isEqualTo("""
                system         articles/s  ratio
                -------------  ----------  -----
                eventbase           12.34  9.50x
                plain CoreNLP         1.3  1.00x
                """);
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
    }

    @Test
    void profileLeavesBreakdownRowsOutOfTheTotalAndGivesTheirShareOfTheBreakdown() {
        StageProfile profile = new StageProfile("eventbase", 10, List.of(
                new StageTime("clean", 100_000_000L),
                new StageTime("nlp", 300_000_000L),
                new StageTime("   nlp: pos", 200_000_000L),
                new StageTime("   nlp: ner", 600_000_000L)));
        assertThat(profile.totalNanos()).isEqualTo(400_000_000L);
        assertThat(profile.table().render())
                .containsPattern("\nclean +10\\.0 +25\\.0%\n")
                .containsPattern("\n   nlp: pos +20\\.0 +\\(25\\.0%\\)\n")
                .containsPattern("\ntotal +40\\.0 +100\\.0%\n");
    }

    @Test
    void throughputTableShowsHowManyTimesFasterEventbaseIs() {
        Throughput eventbase = new Throughput("eventbase", 1, 100, 10_000_000_000L, 8_000_000_000L, 9_000_000_000L);
        Throughput plain = new Throughput("plain CoreNLP", 1, 100, 50_000_000_000L, 40_000_000_000L, -1);
        String table = new ThroughputTable().add(eventbase, plain).render();
        assertThat(table.lines().toList()).hasSize(5);
        assertThat(table).contains("ratio eventbase/plain").contains("5.00x").contains("n/a");
        assertThat(table.lines().filter(l -> l.startsWith("eventbase")).findFirst().orElseThrow())
                .contains("10.00").contains("80.0").contains("12.50");
    }
}
