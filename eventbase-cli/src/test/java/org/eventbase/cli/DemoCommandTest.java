package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventbase demo --no-serve}: the bundled samples go into the demo store and the summary counts every layer. */
class DemoCommandTest {
    private static final Path SAMPLES = Path.of("../samples");

    @TempDir
    Path temp;

    @Test
    void ingestsTheSamplesAndSummarisesEveryLayerOfTheStore() {
        Path db = temp.resolve("demo.db");
        CliRun run = CliRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.exists(db)).isTrue();
        Matcher holds = Pattern.compile("The store holds (\\d+) articles, (\\d+) entities, (\\d+) places, (\\d+) quotes, "
                + "(\\d+) dates, (\\d+) counts and (\\d+) events").matcher(run.out());
        assertThat(holds.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(holds.group(1))).isGreaterThanOrEqualTo(14);
        for (int layer = 2; layer <= 7; layer++) {
            assertThat(Integer.parseInt(holds.group(layer))).as("layer count %d in %s", layer, holds.group())
                    .isPositive();
        }
    }
}
