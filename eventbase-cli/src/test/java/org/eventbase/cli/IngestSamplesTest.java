package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.StoreSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventbase ingest}, {@code search} and {@code show} with the full pipeline on the bundled samples: every
 * layer is stored, a second run stores nothing new, and what is stored can be found and shown.
 */
class IngestSamplesTest {
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void storesTheSamplesWithEveryLayerAndARerunAddsNothing() {
        String db = temp.resolve("samples.db").toString();
        CliRun first = CliRun.of("ingest", SAMPLES.resolve("text").toString(), SAMPLES.resolve("html").toString(),
                SAMPLES.resolve("wire.jsonl").toString(), "--db", db);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("0 failed");

        String dump;
        try (Store store = Store.open(StoreLocation.parse(db))) {
            StoreSummary summary = store.summary();
            assertThat(summary.articles()).isGreaterThanOrEqualTo(14);
            assertThat(summary.entities()).isGreaterThan(100);
            assertThat(summary.quotes()).isGreaterThan(10);
            assertThat(summary.times()).isGreaterThan(20);
            assertThat(summary.places()).isGreaterThan(30);
            assertThat(summary.counts()).isGreaterThan(30);
            assertThat(summary.events()).isGreaterThan(30);
            dump = store.canonicalDump();
        }

        CliRun second = CliRun.of("ingest", SAMPLES.resolve("text").toString(), SAMPLES.resolve("html").toString(),
                SAMPLES.resolve("wire.jsonl").toString(), "--db", db);
        assertThat(second.out()).contains("0 new", "0 replaced", "0 failed");
        try (Store store = Store.open(StoreLocation.parse(db))) {
            assertThat(store.canonicalDump()).isEqualTo(dump);
        }
    }

    @Test
    void searchFindsStoredSentencesAndShowPrintsTheArticle() {
        String db = temp.resolve("one.db").toString();
        Path article = SAMPLES.resolve("text").resolve("valparaiso-dock-protest.txt");
        assertThat(CliRun.of("ingest", article.toString(), "--db", db).exitCode()).isEqualTo(ExitCodes.OK);

        CliRun search = CliRun.of("search", "dock", "--db", db);
        assertThat(search.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(search.out()).contains("[dock]").contains("sentence");
        String id = search.out().substring(0, 16);

        CliRun show = CliRun.of("show", id, "--db", db);
        assertThat(show.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).contains("id " + id).contains("entities (").contains("quotes (");

        CliRun json = CliRun.of("show", id, "--db", db, "--format", "json");
        assertThat(json.out()).contains("\"entities\"").contains("\"schema\" : \"eventbase.article/1\"");
        try (Store store = Store.open(StoreLocation.parse(db))) {
            Document doc = store.article(id).orElseThrow();
            assertThat(doc.layer(Layers.ENTITIES).entities()).isNotEmpty();
        }
    }
}
