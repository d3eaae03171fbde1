package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void theTokenOfASqliteStoreLivesNextToIt() {
        Path db = temp.resolve("events.db");
        assertThat(ServeCommand.tokenFileFor(db.toString())).isEqualTo(db.toAbsolutePath().resolveSibling("events.db.token"));
        assertThat(ServeCommand.tokenFileFor("jdbc:postgresql://localhost/events").getFileName())
                .hasToString("eventbase-server.token");
    }

    @Test
    void servingAMissingStoreIsAOneLineUsageError() {
        CliRun run = CliRun.of("serve", "--db", temp.resolve("none.db").toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no such store").contains("eventbase ingest");
    }

    @Test
    void anUnknownReviewStateIsRefusedByEvents() {
        CliRun run = CliRun.of("events", "--db", temp.resolve("none.db").toString(), "--review", "maybe");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--review 'maybe'").contains("unreviewed");
    }
}
