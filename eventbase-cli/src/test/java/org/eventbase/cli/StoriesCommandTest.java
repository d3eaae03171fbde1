package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.StorySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventbase stories}, {@code story} and {@code events --story} on the bundled dock protest and its syndicated
 * copy, ingested with the full pipeline: one story of two articles, the copy marked.
 */
class StoriesCommandTest {
    private static final Path TEXT = Path.of("..", "samples", "text").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void syndicatedCopyJoinsTheOriginalsStoryAndTheCommandsShowIt() {
        String db = temp.resolve("stories.db").toString();
        CliRun ingest = CliRun.of("ingest", TEXT.resolve("valparaiso-dock-protest.txt").toString(),
                TEXT.resolve("port-blockade-syndicated.txt").toString(),
                TEXT.resolve("recife-floods.txt").toString(), "--db", db);
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.OK);

        List<StorySummary> stories;
        try (Store store = Store.open(StoreLocation.parse(db))) {
            stories = store.stories(10);
        }
        assertThat(stories).extracting(StorySummary::articles).containsExactlyInAnyOrder(2, 1);
        String id = stories.stream().filter(s -> s.articles() == 2).findFirst().orElseThrow().id();

        CliRun table = CliRun.of("stories", "--db", db);
        assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains(id).contains("articles");

        CliRun jsonl = CliRun.of("stories", "--db", db, "--format", "jsonl");
        assertThat(jsonl.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"timeline\""));

        CliRun story = CliRun.of("story", id, "--db", db);
        assertThat(story.exitCode()).as(story.err()).isEqualTo(ExitCodes.OK);
        assertThat(story.out()).contains("Story " + id).contains("(copy of ").contains("Timeline:")
                .contains("[2 sources]");

        CliRun events = CliRun.of("events", "--story", id, "--db", db, "--format", "json");
        assertThat(events.exitCode()).as(events.err()).isEqualTo(ExitCodes.OK);
        assertThat(events.out()).contains("\"id\"");
        CliRun none = CliRun.of("events", "--story", "no-such-story", "--db", db);
        assertThat(none.out()).isEqualTo("No events match.\n");
    }

    @Test
    void unknownStoryIsOneLineUsageError() {
        String db = temp.resolve("empty.db").toString();
        try (Store store = Store.open(StoreLocation.parse(db))) {
            assertThat(store.stories(1)).isEmpty();
        }
        CliRun run = CliRun.of("story", "nope", "--db", db);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("eventbase: story nope: no such story or article");
    }
}
