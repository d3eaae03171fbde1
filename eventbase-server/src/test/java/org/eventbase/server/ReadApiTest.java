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
        JsonNode last = server.get("/api/v1/articles?limit=2&offset=4").json();
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
        RunningServer.Answer noStory = server.get("/api/v1/stories/00000000000000ff");
        assertThat(noStory.status()).isEqualTo(404);
        assertThat(noStory.json().get("message").asText()).contains("00000000000000ff").contains("/api/v1/stories");
        assertThat(server.get("/api/v1/stories/nonsense").status()).isEqualTo(400);
    }

    @Test
    void storiesAreListedNewestFirstAndPaged() {
        JsonNode all = server.get("/api/v1/stories").json();
        List<String> lastDays = new ArrayList<>();
        JsonNode kampala = null;
        for (JsonNode s : all.get("items")) {
            lastDays.add(s.get("last_day").asText(""));
            if (s.get("id").asText().equals(kampalaStoryId())) {
                kampala = s;
            }
        }
        assertThat(lastDays).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.get("items")).as("the three single articles and the Kampala pair").hasSize(4);
        assertThat(kampala).as("the Kampala story is listed: %s", all).isNotNull();
        assertThat(kampala.get("articles").asInt()).isEqualTo(2);
        assertThat(kampala.get("first_day").asText()).isEqualTo("2024-05-06");
        assertThat(kampala.get("last_day").asText()).isEqualTo("2024-05-08");
        assertThat(kampala.get("conflicting").asInt()).isEqualTo(1);
        assertThat(kampala.get("places").toString()).contains("Kampala");
        assertThat(kampala.get("actors").toString()).contains("police").contains("motorcycle taxi riders");
        JsonNode page = server.get("/api/v1/stories?limit=1&offset=1").json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.at("/items/0/id").asText()).isEqualTo(all.at("/items/1/id").asText());
        assertThat(page.get("next_offset").asInt()).isEqualTo(2);
        assertThat(server.get("/api/v1/stories?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aStoryShowsItsCopyBothSourcesAndTheConflictingFigureSideBySide() {
        String original = ServedStore.storyArticleId(false);
        String copy = ServedStore.storyArticleId(true);
        RunningServer.Answer answer = server.get("/api/v1/stories/" + copy);
        assertThat(answer.body()).as("the copy's headline markup is escaped").doesNotContain("<script")
                .contains("\\u003Cscript\\u003E");
        JsonNode story = answer.json();
        assertThat(story.get("id").asText()).isEqualTo(kampalaStoryId());
        assertThat(server.get("/api/v1/stories/" + story.get("id").asText()).json()).isEqualTo(story);
        assertThat(story.get("title").asText()).isEqualTo("Kampala riders block roads over licence fee");
        assertThat(story.at("/days/from").asText()).isEqualTo("2024-05-06");
        JsonNode articles = story.get("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).get("article_id").asText()).isEqualTo(original);
        assertThat(articles.get(0).get("copy").asBoolean()).isFalse();
        assertThat(articles.get(1).get("article_id").asText()).isEqualTo(copy);
        assertThat(articles.get(1).get("canonical").asText()).isEqualTo(original);
        assertThat(articles.get(1).get("copy").asBoolean()).isTrue();

        JsonNode timeline = story.get("timeline");
        assertThat(timeline).as("the protest and the arrests, each merged across both articles").hasSize(2);
        JsonNode arrests = null;
        for (JsonNode e : timeline) {
            assertThat(e.get("mentions")).hasSize(2);
            if (e.get("type").asText().equals("COERCE")) {
                arrests = e;
            }
        }
        assertThat(arrests).isNotNull();
        assertThat(arrests.get("conflicting").asBoolean()).isTrue();
        assertThat(arrests.at("/mentions/0/publisher").asText()).isEqualTo("Lake Courier");
        assertThat(arrests.at("/mentions/1/publisher").asText()).isEqualTo("Nile Wire");
        assertThat(arrests.at("/mentions/1/evidence").asText())
                .isEqualTo("Police arrested fifteen riders near the central market, a police spokesman said.");
        JsonNode claims = arrests.at("/claims/0");
        assertThat(claims.get("kind").asText()).isEqualTo("ARRESTED");
        assertThat(claims.get("conflicting").asBoolean()).isTrue();
        assertThat(claims.at("/claims/0/figure").asText()).isEqualTo("12");
        assertThat(claims.at("/claims/0/publisher").asText()).isEqualTo("Lake Courier");
        assertThat(claims.at("/claims/0/claimant").asText()).isEqualTo("a police spokesman");
        assertThat(claims.at("/claims/0/published").asText()).isEqualTo("2024-05-07");
        assertThat(claims.at("/claims/1/figure").asText()).isEqualTo("15");
        assertThat(claims.at("/claims/1/published").asText()).isEqualTo("2024-05-08");
        assertThat(claims.get("low").asInt()).isEqualTo(12);
        assertThat(claims.get("high").asInt()).isEqualTo(15);
        assertThat(claims.at("/latest/figure").asText()).isEqualTo("15");
    }

    /** The Kampala story's id: its least article id. */
    private static String kampalaStoryId() {
        String a = ServedStore.storyArticleId(false);
        String b = ServedStore.storyArticleId(true);
        return a.compareTo(b) < 0 ? a : b;
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
