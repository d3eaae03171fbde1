package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Option parsing of {@code eventbase bench}; nothing here runs a benchmark. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"one,two", "0", "1,,2", "2,2", "-1", "65", ""})
    void badThreadListIsAOneLineUsageError(String threads) {
        CliRun run = CliRun.of("bench", "--threads", threads);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().filter(l -> l.startsWith("eventbase:")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("--threads").contains("1,2"));
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void threadListIsReadAsDistinctCounts() {
        assertThat(new ThreadCountsConverter().convert("1, 2,4")).containsExactly(1, 2, 4);
    }

    @Test
    void articlesThatAreNotAFolderAreAUsageErrorNamingTheOption() {
        CliRun run = CliRun.of("bench", "--articles", dir.resolve("missing").toString(), "--no-cold-start");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--articles").contains("missing").doesNotContain("\tat ");
    }

    @Test
    void zeroPassesIsAUsageError() {
        CliRun run = CliRun.of("bench", "--passes", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--passes");
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.of("bench", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--articles", "--threads", "--profile", "--warmup", "--passes");
    }
}
