package org.eventbase.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventbase.model.EventType;
import org.eventbase.pipeline.Document;
import org.eventbase.store.export.AcledCsvWriter;
import org.eventbase.store.export.EventExport;
import org.eventbase.store.export.ExportSummary;
import org.eventbase.store.export.GeoJsonWriter;
import org.eventbase.store.export.JsonlEventWriter;
import org.eventbase.store.export.ParquetEventWriter;
import org.eventbase.store.export.RegionNames;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exports (JSONL, ACLED CSV, GeoJSON, Parquet) of a store holding the dock protest (two located events with
 * ACLED categories) and harbour talks (one event with neither place nor ACLED category), on SQLite and PostgreSQL.
 */
class EventExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventFilter EVERYTHING = EventFilter.ALL.withLimit(Integer.MAX_VALUE);
    private static final RegionNames NAMES = RegionNames.gazetteer();

    @TempDir
    Path temp;

    private Document protest;
    private Document talks;

    private Store stored(Vendor vendor) {
        Store store = Store.open(StoreBackends.fresh(vendor, temp));
        protest = StoredDocuments.dockProtest("valparaiso.txt");
        talks = StoredDocuments.harbourTalks("talks.txt");
        for (Document d : List.of(protest, talks)) {
            store.save(d, StoredDocuments.sourceOf(d), StoredDocuments.VERSION);
        }
        return store;
    }

    private String id(Document d, String event) {
        return d.article().id() + "-" + event;
    }

    private static List<JsonNode> jsonl(Store store, EventFilter filter, boolean includeRejected) throws IOException {
        StringWriter out = new StringWriter();
        EventExport.events(store, filter, includeRejected, new JsonlEventWriter(out), NAMES);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> lines) {
        Map<String, JsonNode> map = new HashMap<>();
        lines.forEach(l -> map.put(l.get("id").asText(), l));
        return map;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void jsonlCarriesActorsPlaceCountsEvidenceArticleAndVersions(Vendor vendor) throws IOException {
        try (Store store = stored(vendor)) {
            Map<String, JsonNode> lines = byId(jsonl(store, EVERYTHING, false));
            assertThat(lines).containsOnlyKeys(id(protest, "ev1"), id(protest, "ev2"), id(talks, "ev1"));
            JsonNode gas = lines.get(id(protest, "ev2"));
            assertThat(gas.get("event_type").asText()).isEqualTo("COERCE");
            assertThat(gas.get("acled_sub_event_type").asText()).isEqualTo("Protest with intervention");
            assertThat(gas.at("/actors/sources/0/text").asText()).isEqualTo("Riot police");
            assertThat(gas.at("/actors/sources/0/kind").asText()).isEqualTo("STATE_FORCES");
            assertThat(gas.at("/actors/targets/0/kind").asText()).isEqualTo("PROTESTERS");
            assertThat(gas.at("/place_detail/resolved/admin1_code").asText()).isEqualTo("01");
            assertThat(gas.at("/place_detail/resolved/precision").asText()).isEqualTo("CITY");
            assertThat(gas.get("lat").asDouble()).isEqualTo(-33.03932);
            assertThat(gas.get("country").asText()).isEqualTo("Chile");
            assertThat(gas.at("/counts/0/kind").asText()).isEqualTo("INJURED");
            assertThat(gas.at("/counts/0/min").asInt()).isEqualTo(12);
            assertThat(gas.at("/counts/0/claimant/name").asText()).isEqualTo("the regional health service");
            assertThat(gas.get("injured").asInt()).isEqualTo(12);
            assertThat(gas.get("claimant").asText()).isEqualTo("the port authority");
            assertThat(gas.get("reported").asBoolean()).isTrue();
            assertThat(gas.at("/evidence_spans/0/sentence").asText())
                    .isEqualTo("Riot police fired tear gas at the marchers near the port, the port authority said.");
            assertThat(gas.at("/article/url").asText()).isEqualTo("https://news.example/valparaiso-dockers");
            assertThat(gas.at("/article/publisher").asText()).isEqualTo("Harbour Daily");
            assertThat(gas.at("/provenance/pipeline_version").asText()).isEqualTo(StoredDocuments.VERSION);
            assertThat(gas.at("/provenance/layers").findValuesAsText("layer")).contains("places", "events");
            assertThat(gas.get("review").asText()).isEqualTo("unreviewed");
            JsonNode march = lines.get(id(protest, "ev1"));
            assertThat(march.get("day_from").asText()).isEqualTo("2023-03-14");
            assertThat(march.at("/time/precision").asText()).isEqualTo("DAY");
            assertThat(march.get("participants").asInt()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void geoJsonIsAValidFeatureCollectionOfLocatedEventsInLonLatOrder(Vendor vendor) throws IOException {
        try (Store store = stored(vendor)) {
            StringWriter out = new StringWriter();
            ExportSummary summary = EventExport.events(store, EVERYTHING, false, new GeoJsonWriter(out), NAMES);
            Schema schema;
            try (InputStream in = getClass().getResourceAsStream("/geojson/FeatureCollection.json")) {
                assertThat(in).as("the GeoJSON schema fetched at build time").isNotNull();
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            }
            assertThat(schema.validate(out.toString(), InputFormat.JSON)).isEmpty();
            assertThat(schema.validate("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"}]}",
                    InputFormat.JSON)).as("the validator rejects a feature without geometry").isNotEmpty();
            JsonNode collection = JSON.readTree(out.toString());
            assertThat(collection.has("crs")).isFalse();
            assertThat(collection.get("features")).hasSize(2);
            JsonNode first = collection.get("features").get(0);
            assertThat(first.get("id").asText()).isEqualTo(id(protest, "ev1"));
            assertThat(first.at("/geometry/coordinates/0").asDouble()).isEqualTo(-71.62725);
            assertThat(first.at("/geometry/coordinates/1").asDouble()).isEqualTo(-33.03932);
            assertThat(first.at("/properties/location").asText()).isEqualTo("Valparaíso");
            assertThat(first.at("/properties/event_type").asText()).isEqualTo("PROTEST");
            assertThat(summary).isEqualTo(new ExportSummary(2, 1, "without coordinates"));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void acledCsvReReadsWithAcledColumnsAndTheKnownEventsValues(Vendor vendor) throws IOException {
        try (Store store = stored(vendor)) {
            StringWriter out = new StringWriter();
            ExportSummary summary = EventExport.events(store, EVERYTHING, false, new AcledCsvWriter(out), NAMES);
            assertThat(summary).isEqualTo(new ExportSummary(2, 1, "1 no ACLED category"));
            List<Map<String, String>> rows = csv(out.toString());
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).keySet()).containsExactlyElementsOf(AcledCsvWriter.COLUMNS);
            Map<String, String> march = rows.stream().filter(r -> r.get("event_id_cnty").equals(id(protest, "ev1")))
                    .findFirst().orElseThrow();
            assertThat(march).containsEntry("event_date", "2023-03-14").containsEntry("year", "2023")
                    .containsEntry("time_precision", "1").containsEntry("disorder_type", "Demonstrations")
                    .containsEntry("event_type", "Protests").containsEntry("sub_event_type", "Peaceful protest")
                    .containsEntry("actor1", "Protesters (Chile)").containsEntry("inter1", "6")
                    .containsEntry("actor2", "").containsEntry("inter2", "0").containsEntry("interaction", "60")
                    .containsEntry("civilian_targeting", "").containsEntry("country", "Chile")
                    .containsEntry("location", "Valparaíso").containsEntry("latitude", "-33.03932")
                    .containsEntry("longitude", "-71.62725").containsEntry("geo_precision", "1")
                    .containsEntry("source", "Harbour Daily").containsEntry("fatalities", "0")
                    .containsEntry("tags", "crowd size=Hundreds");
            assertThat(march.get("admin1")).isEqualTo(NAMES.admin1("CL", "01")).isNotBlank();
            assertThat(march.get("notes")).startsWith("Hundreds of dock workers marched through Valparaíso");
            assertThat(Long.parseLong(march.get("timestamp"))).isPositive();
            Map<String, String> gas = rows.stream().filter(r -> r.get("event_id_cnty").equals(id(protest, "ev2")))
                    .findFirst().orElseThrow();
            assertThat(gas).containsEntry("actor1", "Riot police").containsEntry("inter1", "1")
                    .containsEntry("actor2", "Protesters (Chile)").containsEntry("inter2", "6")
                    .containsEntry("interaction", "16").containsEntry("sub_event_type", "Protest with intervention")
                    .containsEntry("event_date", "2023-03-15").containsEntry("time_precision", "2");
        }
    }

    private static List<Map<String, String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(mapper.schemaWithHeader()).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void parquetReadsBackWithTheSameRowsAsTheJsonlAndTypedColumns(Vendor vendor) throws Exception {
        try (Store store = stored(vendor)) {
            Path parquet = temp.resolve("events-" + vendor + ".parquet");
            EventExport.events(store, EVERYTHING, false, new ParquetEventWriter(parquet), NAMES);
            List<JsonNode> lines = jsonl(store, EVERYTHING, false);
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                    Statement s = duck.createStatement()) {
                Map<String, String> types = new HashMap<>();
                try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
                    while (r.next()) {
                        types.put(r.getString(1), r.getString(2));
                    }
                }
                assertThat(types).containsEntry("day_from", "DATE").containsEntry("killed", "INTEGER")
                        .containsEntry("lat", "DOUBLE").containsEntry("hypothetical", "BOOLEAN")
                        .containsEntry("geoname_id", "BIGINT").containsEntry("event_type", "VARCHAR");
                assertThat(types).hasSameSizeAs(ParquetEventWriter.COLUMNS);
                int row = 0;
                try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet('" + parquet + "') ORDER BY id")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        JsonNode line = lines.get(row++);
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String name = meta.getColumnName(c);
                            Object value = r.getObject(c);
                            JsonNode expected = line.get(name);
                            String as = name + " of " + line.get("id").asText();
                            if (expected == null || expected.isNull()) {
                                assertThat(value).as(as).isNull();
                            } else if (expected.isNumber()) {
                                assertThat(((Number) value).doubleValue()).as(as).isEqualTo(expected.asDouble());
                            } else if (expected.isBoolean()) {
                                assertThat(value).as(as).isEqualTo(expected.asBoolean());
                            } else {
                                assertThat(String.valueOf(value)).as(as).isEqualTo(expected.asText());
                            }
                        }
                    }
                }
                assertThat(row).isEqualTo(lines.size()).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theEventFiltersNarrowTheExport(Vendor vendor) throws IOException {
        try (Store store = stored(vendor)) {
            assertThat(byId(jsonl(store, EVERYTHING.withCountry("CL"), false)))
                    .containsOnlyKeys(id(protest, "ev1"), id(protest, "ev2"));
            assertThat(byId(jsonl(store, EVERYTHING.withType(EventType.CONSULT), false)))
                    .containsOnlyKeys(id(talks, "ev1"));
            assertThat(byId(jsonl(store, EVERYTHING.withDays("2023-03-16", null), false)))
                    .containsOnlyKeys(id(talks, "ev1"));
            assertThat(jsonl(store, EVERYTHING.withCountry("NO"), false)).isEmpty();
            assertThat(jsonl(store, EVERYTHING.withLimit(2), false)).hasSize(2);
            StringWriter geo = new StringWriter();
            EventExport.events(store, EVERYTHING.withActor("riot police"), false, new GeoJsonWriter(geo), NAMES);
            assertThat(JSON.readTree(geo.toString()).get("features")).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void rejectedEventsAreLeftOutAndCorrectionsApplied(Vendor vendor) throws IOException {
        try (Store store = stored(vendor)) {
            EventKey march = new EventKey(protest.article().id(), "ev1");
            EventKey gas = new EventKey(protest.article().id(), "ev2");
            store.review(EventReview.of(march, ReviewStatus.REJECTED, Map.of(), "amina", "not a separate event"));
            store.review(EventReview.of(gas, ReviewStatus.CORRECTED, Map.of("killed", "3", "sources", "Carabineros",
                    "lat", "-33.05", "lon", "-71.6"), "amina", "later reports"));
            Map<String, JsonNode> lines = byId(jsonl(store, EVERYTHING, false));
            assertThat(lines).containsOnlyKeys(gas.toString(), id(talks, "ev1"));
            JsonNode corrected = lines.get(gas.toString());
            assertThat(corrected.get("review").asText()).isEqualTo("corrected");
            assertThat(corrected.get("corrected_fields").asText()).isEqualTo("killed, lat, lon, sources");
            assertThat(corrected.get("killed").asInt()).isEqualTo(3);
            assertThat(corrected.get("sources").asText()).isEqualTo("Carabineros");
            assertThat(corrected.get("source_kinds").isNull()).isTrue();
            assertThat(corrected.get("geoname_id").isNull()).isTrue();
            assertThat(corrected.at("/review_detail/reviewer").asText()).isEqualTo("amina");
            assertThat(corrected.at("/actors/sources/0/text").asText()).as("nested detail stays as extracted")
                    .isEqualTo("Riot police");
            Map<String, JsonNode> withRejected = byId(jsonl(store, EVERYTHING, true));
            assertThat(withRejected.get(march.toString()).get("review").asText()).isEqualTo("rejected");
            assertThat(byId(jsonl(store, EVERYTHING.withReview("rejected"), false))).containsOnlyKeys(march.toString());

            StringWriter csv = new StringWriter();
            EventExport.events(store, EVERYTHING, false, new AcledCsvWriter(csv), NAMES);
            List<Map<String, String>> rows = csv(csv.toString());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).containsEntry("event_id_cnty", gas.toString()).containsEntry("fatalities", "3")
                    .containsEntry("actor1", "Carabineros").containsEntry("inter1", "")
                    .containsEntry("latitude", "-33.05").containsEntry("geo_precision", "1");
            StringWriter geo = new StringWriter();
            EventExport.events(store, EVERYTHING, false, new GeoJsonWriter(geo), NAMES);
            JsonNode feature = JSON.readTree(geo.toString()).get("features").get(0);
            assertThat(feature.at("/geometry/coordinates/0").asDouble()).isEqualTo(-71.6);
            assertThat(feature.at("/geometry/coordinates/1").asDouble()).isEqualTo(-33.05);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void pagesOfOneEventGiveTheSameExportAsOnePage(Vendor vendor) {
        try (Store store = stored(vendor)) {
            List<String> paged = new ArrayList<>();
            ((JdbcStore) store).exportEvents(EVERYTHING, false, e -> paged.add(e.key().toString()), 1);
            List<String> whole = new ArrayList<>();
            store.exportEvents(EVERYTHING, false, e -> whole.add(e.key().toString()));
            assertThat(paged).hasSize(3).isEqualTo(whole).isSorted();
        }
    }
}
