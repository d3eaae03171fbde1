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
 * {@code eventbase stories}, {@code story} and {@code events --story} on a project-written article and a rewritten
 * copy of it from another outlet (JSONL, full pipeline), next to an unrelated sample: one story of two articles, the
 * copy marked, and the unrelated article in a story of its own.
 */
class StoriesCommandTest {
    private static final Path TEXT = Path.of("..", "samples", "text").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void syndicatedCopyJoinsTheOriginalsStoryAndTheCommandsShowIt() {
        String db = temp.resolve("stories.db").toString();
        String body = "Police fired tear gas at striking dock workers in Valparaíso on Tuesday, and 12 people were "
                + "injured, the regional health service said. Hundreds of workers of the Pacific Dockers Union had "
                + "blocked the port road since dawn against the closure of two terminals. Union leader Marta Rojas "
                + "said the strike would go on until the port authority withdrew its plan.";
        Path wire = temp.resolve("wire.jsonl");
        try {
            java.nio.file.Files.writeString(wire, String.join("\n",
                    json("https://harbour.example/dockers", "Dockers tear-gassed in Valparaíso", body),
                    json("https://portal.example/dockers", "UPDATE: Tear gas at Valparaíso port",
                            "Read more: regional news\n\n" + body.replace("12 people", "15 people")
                                    + "\n\nSubscribe to our newsletter")) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun ingest = CliRun.of("ingest", wire.toString(), TEXT.resolve("recife-floods.txt").toString(),
                "--db", db);
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

    private static String json(String url, String title, String text) {
        var node = org.eventbase.json.DocumentJson.mapper().createObjectNode();
        node.put("url", url).put("title", title).put("text", text).put("published", "2025-03-05")
                .put("publisher", url.substring(8, url.indexOf('.')));
        return node.toString();
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
