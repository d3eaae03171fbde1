package org.eventbase.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store's contract, run on SQLite and on PostgreSQL alike. */
class StoreTest {
    @TempDir
    Path temp;

    private Store open(Vendor vendor) {
        return Store.open(StoreBackends.fresh(vendor, temp));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void readsBackEveryLayerAsStored(Vendor vendor) {
        Document doc = StoredDocuments.dockProtest("samples/valparaiso.txt");
        try (Store store = open(vendor)) {
            assertThat(store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION))
                    .isEqualTo(SaveOutcome.NEW);
            Document back = store.article(doc.article().id()).orElseThrow();
            assertThat(back.article()).isEqualTo(doc.article());
            assertThat(back.layer(Layers.ENTITIES)).isEqualTo(doc.layer(Layers.ENTITIES));
            assertThat(back.layer(Layers.TIMES)).isEqualTo(doc.layer(Layers.TIMES));
            assertThat(back.layer(Layers.QUOTES)).isEqualTo(doc.layer(Layers.QUOTES));
            assertThat(back.layer(Layers.PLACES)).isEqualTo(doc.layer(Layers.PLACES));
            assertThat(back.layer(Layers.COUNTS)).isEqualTo(doc.layer(Layers.COUNTS));
            assertThat(back.layer(Layers.EVENTS)).isEqualTo(doc.layer(Layers.EVENTS));
            assertThat(store.summary()).isEqualTo(new StoreSummary(1, 4, 1, 1, 2, 2, 2, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void leavesOutLayersTheDocumentDoesNotHave(Vendor vendor) {
        Document doc = StoredDocuments.ferryStrike("ferry.txt", "");
        try (Store store = open(vendor)) {
            store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
            Document back = store.article(doc.article().id()).orElseThrow();
            assertThat(back.has(Layers.QUOTES)).isTrue();
            assertThat(back.layer(Layers.QUOTES).quotes()).isEmpty();
            assertThat(back.has(Layers.EVENTS)).isFalse();
            assertThat(back.has(Layers.PLACES)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void knowsAStoredArticleByItsInputUrlAndFindsItsIdByContentHash(Vendor vendor) {
        Document doc = StoredDocuments.ferryStrike("https://example.org/news/ferry", "");
        ArticleSource source = StoredDocuments.sourceOf(doc);
        try (Store store = open(vendor)) {
            assertThat(store.knowsUrl("https://example.org/news/ferry")).isFalse();
            assertThat(store.articleIdByHash(source.contentHash())).isEmpty();

            store.save(doc, source, StoredDocuments.VERSION);

            assertThat(store.knowsUrl("https://example.org/news/ferry")).isTrue();
            assertThat(store.knowsUrl("https://example.org/news/other")).isFalse();
            assertThat(store.articleIdByHash(source.contentHash())).contains(doc.article().id());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void savingTheSameArticleTwiceLeavesOneCopy(Vendor vendor) {
        Document doc = StoredDocuments.dockProtest("valparaiso.txt");
        try (Store store = open(vendor)) {
            store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
            String once = store.canonicalDump();
            assertThat(store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION))
                    .isEqualTo(SaveOutcome.REPLACED);
            assertThat(store.canonicalDump()).isEqualTo(once);
            assertThat(store.contentHashes()).containsExactly(StoredDocuments.sourceOf(doc).contentHash());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aChangedArticleFromTheSameInputReplacesTheOldRows(Vendor vendor) {
        Document before = StoredDocuments.ferryStrike("ferry.txt", "");
        Document after = StoredDocuments.ferryStrike("ferry.txt", " Two sailings were cancelled.");
        try (Store store = open(vendor)) {
            store.save(before, StoredDocuments.sourceOf(before), StoredDocuments.VERSION);
            assertThat(store.save(after, StoredDocuments.sourceOf(after), StoredDocuments.VERSION))
                    .isEqualTo(SaveOutcome.REPLACED);
            assertThat(store.article(before.article().id())).isEmpty();
            assertThat(store.article(after.article().id())).isPresent();
            assertThat(store.summary().articles()).isEqualTo(1);
            assertThat(store.summary().entities()).isEqualTo(2);
            assertThat(store.search("sailings", 10)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theSameArticleFromTwoInputsKeepsTheInputThatSortsFirstWhateverTheOrder(Vendor vendor) {
        Document fromB = StoredDocuments.ferryStrike("b.txt", "");
        Document fromA = StoredDocuments.ferryStrike("a.txt", "");
        Document fromC = StoredDocuments.ferryStrike("c.txt", "");
        try (Store store = open(vendor)) {
            assertThat(store.save(fromB, StoredDocuments.sourceOf(fromB), StoredDocuments.VERSION))
                    .isEqualTo(SaveOutcome.NEW);
            assertThat(store.save(fromA, StoredDocuments.sourceOf(fromA), StoredDocuments.VERSION))
                    .isEqualTo(SaveOutcome.REPLACED);
            assertThat(store.save(fromC, StoredDocuments.sourceOf(fromC), StoredDocuments.VERSION))
                    .isEqualTo(SaveOutcome.DUPLICATE);
            assertThat(store.articleIds()).containsExactly(fromA.article().id());
            assertThat(store.article(fromA.article().id()).orElseThrow().article().input()).isEqualTo("a.txt");
            String dump = store.canonicalDump();
            assertThat(dump).contains("duplicate_inputs|b.txt|", "duplicate_inputs|c.txt|");
            try (Store reversed = open(vendor)) {
                for (Document doc : List.of(fromC, fromA, fromB)) {
                    reversed.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
                }
                assertThat(reversed.canonicalDump()).isEqualTo(dump);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aFailureIsRecordedOncePerInputAndClearedWhenTheInputSucceeds(Vendor vendor) {
        Document doc = StoredDocuments.ferryStrike("ferry.txt", "");
        try (Store store = open(vendor)) {
            store.recordFailure("ferry.txt", null, "the text is in Norwegian (no); only English is supported yet");
            store.recordFailure("ferry.txt", null, "the text is in Norwegian (no); only English is supported yet");
            assertThat(store.summary().failures()).isEqualTo(1);
            store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
            assertThat(store.summary().failures()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void saveAllStoresEveryDocumentAsSaveWouldOrNoneWhenOneFails(Vendor vendor) {
        Document protest = StoredDocuments.dockProtest("valparaiso.txt");
        Document ferry = StoredDocuments.ferryStrike("ferry.txt", "");
        try (Store store = open(vendor)) {
            assertThat(store.saveAll(List.of(protest, ferry), List.of(StoredDocuments.sourceOf(protest),
                    StoredDocuments.sourceOf(ferry)), StoredDocuments.VERSION))
                    .containsExactly(SaveOutcome.NEW, SaveOutcome.NEW);
            assertThat(store.summary().articles()).isEqualTo(2);
            assertThat(store.events(EventFilter.ALL)).hasSize(2);
            Document harbour = StoredDocuments.harbourTalks("harbour.txt");
            Document broken = protest.with(Layers.EVENTS, new org.eventbase.model.EventLayer(List.of(
                    protest.layer(Layers.EVENTS).events().get(0), protest.layer(Layers.EVENTS).events().get(0))),
                    new org.eventbase.pipeline.Provenance("events", "events", "1"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.saveAll(List.of(harbour, broken),
                    List.of(StoredDocuments.sourceOf(harbour), StoredDocuments.sourceOf(broken)),
                    StoredDocuments.VERSION)).isInstanceOf(StoreException.class);
            assertThat(store.summary().articles()).isEqualTo(2);
            assertThat(store.events(EventFilter.ALL)).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void findsEventsByTypeCountryBoxDaysActorPlaceAndText(Vendor vendor) {
        Document protest = StoredDocuments.dockProtest("valparaiso.txt");
        try (Store store = open(vendor)) {
            store.save(protest, StoredDocuments.sourceOf(protest), StoredDocuments.VERSION);
            assertThat(ids(store.events(EventFilter.ALL))).containsExactlyInAnyOrder("ev1", "ev2");
            assertThat(ids(store.events(EventFilter.ALL.withType(EventType.COERCE)))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withCountry("cl")))).hasSize(2);
            assertThat(store.events(EventFilter.ALL.withCountry("NO"))).isEmpty();
            assertThat(store.events(EventFilter.ALL.withBbox(BoundingBox.parse("-72,-34,-71,-33")))).hasSize(2);
            assertThat(store.events(EventFilter.ALL.withBbox(BoundingBox.parse("4,59,6,61")))).isEmpty();
            assertThat(ids(store.events(EventFilter.ALL.withDays("2023-03-14", "2023-03-14")))).containsExactly("ev1");
            assertThat(ids(store.events(EventFilter.ALL.withDays("2023-03-15", null)))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withActor("riot police")))).containsExactly("ev2");
            assertThat(store.events(EventFilter.ALL.withPlace("valpar"))).hasSize(2);
            assertThat(ids(store.events(EventFilter.ALL.withText("injured")))).containsExactly("ev2");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void showsOneEventWithItsEvidenceAndClaimant(Vendor vendor) {
        Document protest = StoredDocuments.dockProtest("valparaiso.txt");
        try (Store store = open(vendor)) {
            store.save(protest, StoredDocuments.sourceOf(protest), StoredDocuments.VERSION);
            EventRow row = store.event(new EventKey(protest.article().id(), "ev2")).orElseThrow();
            assertThat(row.sources()).isEqualTo("Riot police");
            assertThat(row.targets()).isEqualTo("the marchers");
            assertThat(row.claimant()).isEqualTo("the port authority");
            assertThat(row.countryCode()).isEqualTo("CL");
            assertThat(row.evidence()).startsWith("Riot police fired tear gas").contains("At least 12 people");
            assertThat(row.dayFrom()).isEqualTo("2023-03-15");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void searchFindsStemmedWordsInSentencesAndArticles(Vendor vendor) {
        Document protest = StoredDocuments.dockProtest("valparaiso.txt");
        Document ferry = StoredDocuments.ferryStrike("ferry.txt", "");
        try (Store store = open(vendor)) {
            store.save(protest, StoredDocuments.sourceOf(protest), StoredDocuments.VERSION);
            store.save(ferry, StoredDocuments.sourceOf(ferry), StoredDocuments.VERSION);
            List<SearchHit> hits = store.search("march", 10);
            assertThat(hits).extracting(SearchHit::articleId).containsOnly(protest.article().id());
            assertThat(hits).anySatisfy(h -> {
                assertThat(h.kind()).isEqualTo(SearchHit.Kind.SENTENCE);
                assertThat(h.snippet()).contains("[marched]");
            });
            assertThat(store.search("ferry union talks", 10)).extracting(SearchHit::articleId)
                    .containsOnly(ferry.article().id());
            assertThat(store.search("\"unbalanced quote AND (", 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void listsArticlesMadeByAnotherPipelineVersionForReprocessing(Vendor vendor) {
        Document protest = StoredDocuments.dockProtest("valparaiso.txt");
        Document ferry = StoredDocuments.ferryStrike("ferry.txt", "");
        try (Store store = open(vendor)) {
            store.save(protest, StoredDocuments.sourceOf(protest), "old pipeline");
            store.save(ferry, StoredDocuments.sourceOf(ferry), StoredDocuments.VERSION);
            assertThat(store.sourcesNotMadeBy(StoredDocuments.VERSION))
                    .containsExactly(StoredDocuments.sourceOf(protest));
        }
    }

    @org.junit.jupiter.api.Test
    void bothBackendsStoreTheSameRows() {
        Document protest = StoredDocuments.dockProtest("valparaiso.txt");
        String sqlite;
        String postgres;
        try (Store store = open(Vendor.SQLITE)) {
            store.save(protest, StoredDocuments.sourceOf(protest), StoredDocuments.VERSION);
            sqlite = store.canonicalDump();
        }
        try (Store store = open(Vendor.POSTGRESQL)) {
            store.save(protest, StoredDocuments.sourceOf(protest), StoredDocuments.VERSION);
            postgres = store.canonicalDump();
        }
        assertThat(postgres).isEqualTo(sqlite);
    }

    private static List<String> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::eventId).toList();
    }
}
