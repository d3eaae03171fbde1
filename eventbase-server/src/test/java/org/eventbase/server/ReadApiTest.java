package org.eventbase.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadApiTest {
    @TempDir
    static Path dir;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.over(ServedStore.copyInto(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void articlesArePagedWithANextOffset() {
        JsonNode first = server.get("/api/v1/articles?limit=2").json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("has_more").asBoolean()).isTrue();
        assertThat(first.get("next_offset").asInt()).isEqualTo(2);
        JsonNode last = server.get("/api/v1/articles?limit=2&offset=2").json();
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("has_more").asBoolean()).isFalse();
        assertThat(last.get("next_offset").isNull()).isTrue();
    }

    @Test
    void anArticleComesWithItsTextAndLayers() {
        JsonNode doc = server.get("/api/v1/articles/" + ServedStore.codedArticleId()).json();
        assertThat(doc.at("/article/text").asText()).startsWith("Port workers marched through Mombasa");
        assertThat(doc.get("events").toString()).contains("ev2");
        assertThat(doc.at("/event_rows/ev2/killed").asInt()).isEqualTo(3);
        JsonNode places = server.get("/api/v1/articles/" + ServedStore.codedArticleId() + "/places").json();
        assertThat(places.at("/items/0/name").asText()).isEqualTo("Mombasa");
    }

    @Test
    void ingestedSamplesHaveEntitiesAndQuotes() {
        JsonNode articles = server.get("/api/v1/articles").json().get("items");
        JsonNode maiduguri = null;
        for (JsonNode a : articles) {
            if (a.get("title").asText().contains("Maiduguri")) {
                maiduguri = a;
            }
        }
        assertThat(maiduguri).as("the Maiduguri sample is listed: %s", articles).isNotNull();
        assertThat(maiduguri.get("entities").asInt()).isPositive();
        JsonNode entities = server.get("/api/v1/articles/" + maiduguri.get("id").asText() + "/entities").json();
        assertThat(entities.get("items")).isNotEmpty();
    }

    @Test
    void eventsFilterByTypeAndCarryFatalities() {
        List<JsonNode> assaults = coded(server.get("/api/v1/events?type=assault&limit=500"));
        assertThat(assaults).hasSize(1);
        assertThat(assaults.get(0).get("killed").asInt()).isEqualTo(3);
        assertThat(assaults.get(0).get("country_code").asText()).isEqualTo("KE");
        assertThat(server.get("/api/v1/events?type=assault&limit=500").json().get("items"))
                .allMatch(e -> e.get("type").asText().equals("ASSAULT"));
        assertThat(coded(server.get("/api/v1/events?country=KE&from=2024-02-01&to=2024-02-29&limit=500")))
                .hasSize(2);
        assertThat(coded(server.get("/api/v1/events?country=CL&limit=500"))).isEmpty();
        assertThat(server.get("/api/v1/events?country=CL&limit=500").json().get("items"))
                .as("the Valparaíso sample's events").isNotEmpty()
                .allMatch(e -> e.get("country_code").asText().equals("CL"));
        assertThat(coded(server.get("/api/v1/events?actor=gunmen&limit=500"))).hasSize(1);
        assertThat(coded(server.get("/api/v1/events?bbox=39,-5,40,-3&limit=500"))).hasSize(2);
    }

    /** The listed events of the hand-written article (the ingested samples add events of their own). */
    private static List<JsonNode> coded(RunningServer.Answer answer) {
        List<JsonNode> items = new ArrayList<>();
        answer.json().get("items").forEach(e -> {
            if (e.get("article_id").asText().equals(ServedStore.codedArticleId())) {
                items.add(e);
            }
        });
        return items;
    }

    @Test
    void everyInvalidParameterIsReportedAtOnce() {
        RunningServer.Answer a = server.get("/api/v1/events?from=yesterday&limit=0&type=RIOT&country=Kenya");
        assertThat(a.status()).isEqualTo(400);
        JsonNode error = a.json();
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("message").asText()).contains("4 query parameters are invalid");
        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("from", "limit", "type", "country");
        assertThat(error.get("errors").toString()).contains("2023-03-01").contains("PROTEST");
    }

    @Test
    void unknownThingsAnswerTheOneErrorShape() {
        RunningServer.Answer noEndpoint = server.get("/api/v1/nothing-here");
        assertThat(noEndpoint.status()).isEqualTo(404);
        assertThat(noEndpoint.json().get("message").asText()).contains("openapi.json");
        RunningServer.Answer noEvent = server.get("/api/v1/events/" + ServedStore.codedArticleId() + "-ev9");
        assertThat(noEvent.status()).isEqualTo(404);
        assertThat(noEvent.json().get("errors")).isEmpty();
        RunningServer.Answer badId = server.get("/api/v1/events/nonsense");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("message").asText()).contains("ARTICLE-EVENT");
        RunningServer.Answer stories = server.get("/api/v1/stories");
        assertThat(stories.status()).isEqualTo(501);
        assertThat(stories.json().get("message").asText()).contains("/api/v1/events");
    }

    @Test
    void searchFindsSentencesAndNeedsWords() {
        JsonNode hits = server.get("/api/v1/search?q=depot").json().get("items");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("article_id").asText()).isEqualTo(ServedStore.codedArticleId());
        RunningServer.Answer none = server.get("/api/v1/search");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().at("/errors/0/field").asText()).isEqualTo("q");
    }

    @Test
    void everyPathOfTheOpenApiDocumentIsServed() {
        JsonNode openapi = server.get("/api/v1/openapi.json").json();
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        Iterator<String> paths = openapi.get("paths").fieldNames();
        String eventId = ServedStore.codedArticleId() + "-ev1";
        int checked = 0;
        while (paths.hasNext()) {
            String path = paths.next();
            JsonNode ops = openapi.get("paths").get(path);
            if (!ops.has("get")) {
                continue;
            }
            String concrete = path.replace("/events/{id}", "/events/" + eventId)
                    .replace("{id}", ServedStore.codedArticleId()) + (path.endsWith("/search") ? "?q=port" : "");
            RunningServer.Answer a = server.get(concrete);
            assertThat(a.status()).as(concrete + ": " + a.body()).isIn(200, 501);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }
}
