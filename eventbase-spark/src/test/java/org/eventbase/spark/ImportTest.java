package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.cli.EventbaseCommand;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.json.DocumentJson;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.store.IngestProgress;
import org.eventbase.store.Ingester;
import org.eventbase.store.Store;
import org.eventbase.store.StoreBackends;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eventbase import} of the job's Parquet output stores what {@code eventbase ingest} of the same inputs does. */
class ImportTest {
    @TempDir
    Path dir;

    private final JobRun run = JobRun.shared();

    private String eventbase(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EventbaseCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        int status = command.execute(args);
        assertThat(status).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void importedStoreHoldsTheRowsIngestStoresAndASecondImportAddsNothing() throws Exception {
        Path imported = dir.resolve("imported.db");
        Path ingested = dir.resolve("ingested.db");
        String first = eventbase("import", run.output().toString(), "--db", imported.toString());
        assertThat(first).contains(JobRun.ARTICLES + " articles stored");
        try (Store store = Store.open(StoreLocation.parse(ingested.toString()))) {
            new Ingester(store, ArticleExtractor::standard, 2, new ArticleInputs(ReadLimits.defaults()),
                    IngestProgress.SILENT).ingest(List.of(run.corpus()), false);
        }

        try (Store fromJob = Store.open(StoreLocation.parse(imported.toString()));
                Store fromCli = Store.open(StoreLocation.parse(ingested.toString()))) {
            assertThat(fromJob.summary()).isEqualTo(fromCli.summary());
            assertThat(fromJob.summary().events()).isPositive();
            assertThat(fromJob.articleIds()).containsExactlyInAnyOrderElementsOf(fromCli.articleIds());
            for (String id : fromCli.articleIds()) {
                ObjectNode cli = DocumentJson.toTree(fromCli.article(id).orElseThrow());
                ((ObjectNode) cli.get("article")).put("input", "file:" + cli.at("/article/input").asText());
                assertThat(DocumentJson.compact(fromJob.article(id).orElseThrow()))
                        .isEqualTo(DocumentJson.mapper().writeValueAsString(cli));
            }
            assertThat(fromJob.contentHashes()).isEqualTo(fromCli.contentHashes());
        }

        String second = eventbase("import", run.output().toString(), "--db", imported.toString());
        assertThat(second).contains("0 articles stored, " + JobRun.ARTICLES + " already stored");
        try (Store fromJob = Store.open(StoreLocation.parse(imported.toString()));
                Store fromCli = Store.open(StoreLocation.parse(ingested.toString()))) {
            assertThat(fromJob.summary()).isEqualTo(fromCli.summary());
        }
    }

    @Test
    void importIntoPostgresqlStoresWhatImportIntoSqliteStores() throws Exception {
        String postgres = StoreBackends.freshUrl(Vendor.POSTGRESQL, dir);
        String sqlite = dir.resolve("sqlite.db").toString();
        assertThat(eventbase("import", run.output().toString(), "--db", postgres))
                .contains(JobRun.ARTICLES + " articles stored");
        eventbase("import", run.output().toString(), "--db", sqlite);

        try (Store server = Store.open(StoreLocation.parse(postgres));
                Store embedded = Store.open(StoreLocation.parse(sqlite))) {
            assertThat(server.summary()).isEqualTo(embedded.summary());
            assertThat(server.summary().events()).isPositive();
            assertThat(server.articleIds()).containsExactlyInAnyOrderElementsOf(embedded.articleIds());
            for (String id : embedded.articleIds()) {
                assertThat(DocumentJson.compact(server.article(id).orElseThrow()))
                        .isEqualTo(DocumentJson.compact(embedded.article(id).orElseThrow()));
            }
            assertThat(server.stories(1000)).isNotEmpty().containsExactlyInAnyOrderElementsOf(embedded.stories(1000));
        }
    }

    @Test
    void aDirectoryWithoutJobOutputIsAOneLineError() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EventbaseCommand());
        command.setErr(new PrintWriter(err));
        int status = command.execute("import", dir.resolve("empty").toString(), "--db", dir.resolve("x.db").toString());
        assertThat(status).isNotZero();
        assertThat(err.toString()).contains("no articles/ or failures/ Parquet tables").doesNotContain("Exception");
    }
}
