package org.eventbase.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The events filters at scale's indexes, on both backends: --actor and --text match words and quoted phrases through
 * {@code event_search} (not substrings), --country matches codes stored upper-case, and migrations V7/V8 bring an
 * existing store's rows to that shape.
 */
class EventWordFilterTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void actorFilterMatchesWholeWordsInAnyOrderButNotPartsOfWords(Vendor vendor) {
        try (Store store = storeWithDockProtest(vendor)) {
            assertThat(ids(store.events(EventFilter.ALL.withActor("police")))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withActor("POLICE riot")))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withActor("dock workers")))).containsExactly("ev1");
            assertThat(ids(store.events(EventFilter.ALL.withActor("marchers")))).containsExactly("ev2");
            assertThat(store.events(EventFilter.ALL.withActor("olic"))).isEmpty();
            assertThat(store.events(EventFilter.ALL.withActor("riot workers"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void quotedWordsMustStandTogetherAsAPhrase(Vendor vendor) {
        try (Store store = storeWithDockProtest(vendor)) {
            assertThat(ids(store.events(EventFilter.ALL.withActor("\"riot police\"")))).containsExactly("ev2");
            assertThat(store.events(EventFilter.ALL.withActor("\"police riot\""))).isEmpty();
            assertThat(ids(store.events(EventFilter.ALL.withText("\"tear gas\" marchers")))).containsExactly("ev2");
            assertThat(store.events(EventFilter.ALL.withText("\"gas tear\""))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void textFilterMatchesStemmedWordsOfTheEvidenceSentencesOnly(Vendor vendor) {
        try (Store store = storeWithDockProtest(vendor)) {
            assertThat(ids(store.events(EventFilter.ALL.withText("injured")))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withText("injuring")))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withText("terminals closure")))).containsExactly("ev1");
            assertThat(store.events(EventFilter.ALL.withText("njured"))).isEmpty();
            assertThat(store.events(EventFilter.ALL.withText("quays"))).isEmpty();
            assertThat(store.events(EventFilter.ALL.withText("!!!"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void countryCodesAreStoredUpperCaseAndMatchedWhateverTheCase(Vendor vendor) {
        Document doc = StoredDocuments.dockProtest("valparaiso.txt");
        List<Place> lowerCase = doc.layer(Layers.PLACES).places().stream().map(p -> new Place(p.id(), p.name(),
                p.geonameId(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                p.countryCode() == null ? null : "cl", p.admin1Code(), p.population(), p.precision(), p.entityId(),
                p.mentions(), p.reason())).toList();
        Document stored = doc.with(Layers.PLACES, new PlaceLayer(lowerCase), new Provenance("places", "places", "1"));
        try (Store store = Store.open(StoreBackends.fresh(vendor, temp))) {
            store.save(stored, StoredDocuments.sourceOf(stored), StoredDocuments.VERSION);
            assertThat(ids(store.events(EventFilter.ALL.withCountry("CL")))).containsExactlyInAnyOrder("ev1", "ev2");
            assertThat(ids(store.events(EventFilter.ALL.withCountry("cl")))).containsExactlyInAnyOrder("ev1", "ev2");
            assertThat(store.events(EventFilter.ALL.withCountry("CL")).get(0).countryCode()).isEqualTo("CL");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void migrationsUpperCaseCountriesAndFillTheWordIndexOfAnExistingStore(Vendor vendor) throws SQLException {
        StoreLocation location = StoreBackends.fresh(vendor, temp);
        Document doc = StoredDocuments.dockProtest("valparaiso.txt");
        try (Store store = Store.open(location)) {
            store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement()) {
            // the store as it was before V7 and V8: lower-case codes as some writers stored them, no word index
            s.execute("DROP TABLE event_search");
            s.execute("DROP INDEX events_day_order");
            s.execute("UPDATE places SET country_code = lower(country_code)");
            if (vendor == Vendor.POSTGRESQL) {
                // … and before V9: full-text indexes on expressions, no stored vectors (dropping a column drops
                // the index on it)
                s.execute("ALTER TABLE articles DROP COLUMN search_vector");
                s.execute("ALTER TABLE sentences DROP COLUMN search_vector");
                s.execute("CREATE INDEX articles_search ON articles USING gin "
                        + "(to_tsvector('english', coalesce(title, '') || ' ' || text))");
                s.execute("CREATE INDEX sentences_search ON sentences USING gin (to_tsvector('english', text))");
            }
            s.execute("DELETE FROM flyway_schema_history WHERE version IN ('7', '8', '9')");
        }
        try (Store store = Store.open(location)) {
            assertThat(ids(store.events(EventFilter.ALL.withCountry("CL")))).containsExactlyInAnyOrder("ev1", "ev2");
            assertThat(ids(store.events(EventFilter.ALL.withActor("\"riot police\"")))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withText("injured")))).containsExactly("ev2");
            assertThat(ids(store.events(EventFilter.ALL.withText("terminals")))).containsExactly("ev1");
            assertThat(store.search("terminals", 10)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void replacingAnArticleReplacesItsWordIndexRows(Vendor vendor) {
        Document doc = StoredDocuments.dockProtest("valparaiso.txt");
        try (Store store = Store.open(StoreBackends.fresh(vendor, temp))) {
            store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
            store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
            assertThat(ids(store.events(EventFilter.ALL.withActor("police")))).containsExactly("ev2");
        }
    }

    private Store storeWithDockProtest(Vendor vendor) {
        Store store = Store.open(StoreBackends.fresh(vendor, temp));
        Document doc = StoredDocuments.dockProtest("valparaiso.txt");
        store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
        return store;
    }

    private static List<String> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::eventId).toList();
    }
}
