package org.eventbase.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.pipeline.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ingest mechanics (duplicates, failures, replacement, reprocessing, parallel determinism), on SQLite and
 * PostgreSQL, with a pipeline that
 * cleans and identifies the language but runs no NLP stage, so that the tests need no models. The full pipeline is
 * exercised through the command in the CLI's tests.
 */
class IngesterTest {
    @TempDir
    Path temp;

    private static final Supplier<ArticleExtractor> CLEAN_ONLY = () -> new ArticleExtractor(new ArticleCleaner(),
            LanguageIdentifier.shared(), Pipeline.of(List.of()));

    private Path corpus(int articles) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < articles; i++) {
            write(dir.resolve(String.format("a%03d.txt", i)), "Harbour cranes idle in port number " + i + "\n\n"
                    + "Crane operators in port number " + i + " stopped work on Monday over a dispute about shift "
                    + "lengths, the union said. The port authority said talks would resume later in the week.");
        }
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Store store(Vendor vendor) {
        return Store.open(StoreBackends.fresh(vendor, temp));
    }

    private static IngestReport ingest(Store store, Supplier<ArticleExtractor> extractor, int threads,
            List<Path> inputs, boolean reprocess) {
        return new Ingester(store, extractor, threads, new ArticleInputs(ReadLimits.defaults()), IngestProgress.SILENT)
                .ingest(inputs, reprocess);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storesEachArticleOnceAndSkipsUnchangedContentOnRerun(Vendor vendor) throws IOException {
        Path dir = corpus(12);
        try (Store store = store(vendor)) {
            IngestReport first = ingest(store, CLEAN_ONLY, 3, List.of(dir), false);
            assertThat(first.added()).isEqualTo(12);
            String dump = store.canonicalDump();
            IngestReport second = ingest(store, CLEAN_ONLY, 3, List.of(dir), false);
            assertThat(second.added()).isZero();
            assertThat(second.duplicates()).isEqualTo(12);
            assertThat(store.canonicalDump()).isEqualTo(dump);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theSameContentUnderTwoNamesIsStoredOnce(Vendor vendor) throws IOException {
        Path dir = corpus(2);
        Files.copy(dir.resolve("a000.txt"), dir.resolve("copy-of-a000.txt"));
        try (Store store = store(vendor)) {
            IngestReport report = ingest(store, CLEAN_ONLY, 2, List.of(dir), false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.duplicates()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void recordsBadInputsAsFailuresAndStoresTheRest(Vendor vendor) throws IOException {
        Path dir = corpus(3);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        write(dir.resolve("norsk.txt"), "Fergemannskap streiker\n\nMannskapene på fergene i Bergen la ned arbeidet "
                + "i forrige uke på grunn av lønn. Forbundet sier at forhandlingene skal fortsette neste uke, og at "
                + "de ansatte venter på et nytt tilbud fra rederiet.");
        List<String> messages = new ArrayList<>();
        IngestProgress progress = new IngestProgress() {
            @Override
            public void failed(String message) {
                messages.add(message);
            }
        };
        try (Store store = store(vendor)) {
            IngestReport report = new Ingester(store, CLEAN_ONLY, 2, new ArticleInputs(ReadLimits.defaults()),
                    progress).ingest(List.of(dir), false);
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.failed()).isEqualTo(2);
            assertThat(store.summary().failures()).isEqualTo(2);
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("image.txt"))
                    .anySatisfy(m -> assertThat(m).contains("norsk.txt").contains("only English"));
            ingest(store, CLEAN_ONLY, 2, List.of(dir), false);
            assertThat(store.summary().failures()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aChangedFileReplacesItsArticle(Vendor vendor) throws IOException {
        Path dir = corpus(3);
        try (Store store = store(vendor)) {
            ingest(store, CLEAN_ONLY, 2, List.of(dir), false);
            write(dir.resolve("a001.txt"), "Harbour cranes idle\n\nCrane operators stopped work on Tuesday, "
                    + "not Monday, the union said in a correction.");
            IngestReport report = ingest(store, CLEAN_ONLY, 2, List.of(dir), false);
            assertThat(report.replaced()).isEqualTo(1);
            assertThat(report.duplicates()).isEqualTo(2);
            assertThat(store.summary().articles()).isEqualTo(3);
            assertThat(store.search("correction", 5)).isNotEmpty();
            assertThat(store.search("dispute shift", 5)).extracting(SearchHit::articleId).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void reprocessExtractsAgainWhatAnotherPipelineVersionMade(Vendor vendor) throws IOException {
        Path dir = corpus(4);
        Supplier<ArticleExtractor> upgraded = () -> new ArticleExtractor(new ArticleCleaner(),
                LanguageIdentifier.shared(), Pipeline.of(List.of(new MarkerStage())));
        try (Store store = store(vendor)) {
            ingest(store, CLEAN_ONLY, 2, List.of(dir), false);
            String newVersion = PipelineVersion.of(upgraded.get().pipeline());
            assertThat(store.sourcesNotMadeBy(newVersion)).hasSize(4);
            IngestReport report = ingest(store, upgraded, 2, List.of(), true);
            assertThat(report.reprocessed()).isEqualTo(4);
            assertThat(store.sourcesNotMadeBy(newVersion)).isEmpty();
            assertThat(store.summary().articles()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void oneThreadAndManyThreadsBuildTheSameStore(Vendor vendor) throws IOException {
        Path dir = corpus(20);
        String serial;
        try (Store store = store(vendor)) {
            ingest(store, CLEAN_ONLY, 1, List.of(dir), false);
            serial = store.canonicalDump();
        }
        try (Store store = store(vendor)) {
            ingest(store, CLEAN_ONLY, 4, List.of(dir), false);
            assertThat(store.canonicalDump()).isEqualTo(serial);
        }
    }

    /** A stage that adds nothing, standing for an upgraded pipeline: its presence changes the pipeline version. */
    private static final class MarkerStage implements Stage {
        @Override
        public String name() {
            return "marker";
        }

        @Override
        public String version() {
            return "2";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<LayerKey<?>> provides() {
            return Set.of();
        }

        @Override
        public Document apply(Document document) {
            return document;
        }
    }
}
