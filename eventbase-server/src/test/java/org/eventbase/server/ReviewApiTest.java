package org.eventbase.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewApiTest {
    @TempDir
    static Path dir;
    static RunningServer server;
    static final String EV1 = "/api/v1/events/" + ServedStore.codedArticleId() + "-ev1";
    static final String EV2 = "/api/v1/events/" + ServedStore.codedArticleId() + "-ev2";

    @BeforeAll
    static void start() {
        server = RunningServer.over(ServedStore.copyInto(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aReviewWithoutTheTokenIsRefusedAndNotStored() {
        String body = "{\"status\":\"rejected\",\"reviewer\":\"mallory\",\"reason\":\"no\"}";
        RunningServer.Answer none = server.post(EV2 + "/reviews", body, null);
        RunningServer.Answer wrong = server.post(EV2 + "/reviews", body, "0".repeat(64));
        assertThat(none.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(none.json().get("message").asText()).contains("Authorization: Bearer");
        assertThat(server.get(EV2 + "/reviews").json().get("items").toString()).doesNotContain("mallory");
    }

    @Test
    void everyProblemOfAReviewIsReportedAtOnce() {
        RunningServer.Answer a = server.post(EV2 + "/reviews",
                "{\"status\":\"maybe\",\"corrected\":{\"type\":\"RIOT\",\"lat\":\"200\",\"colour\":\"red\"}}",
                server.token());
        assertThat(a.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        a.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("status", "reviewer", "corrected.type", "corrected.lat", "corrected.colour");
    }

    @Test
    void aCorrectionShowsInEventReadsAndTheAuditLog() {
        RunningServer.Answer posted = server.post(EV2 + "/reviews", "{\"status\":\"corrected\",\"reviewer\":\"amina\","
                + "\"reason\":\"four guards died\",\"corrected\":{\"killed\":\"4\",\"type\":\"COERCE\"}}", server.token());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode event = server.get(EV2).json();
        assertThat(event.at("/event/type").asText()).isEqualTo("COERCE");
        assertThat(event.at("/event/killed").asInt()).isEqualTo(4);
        assertThat(event.at("/event/review").asText()).isEqualTo("corrected");
        assertThat(event.at("/event/corrected").asText()).isEqualTo("killed, type");
        JsonNode last = event.get("reviews").get(event.get("reviews").size() - 1);
        assertThat(last.get("reviewer").asText()).isEqualTo("amina");
        assertThat(last.get("reason").asText()).isEqualTo("four guards died");
        assertThat(last.get("reviewed_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        String ev2 = "\"" + ServedStore.codedArticleId() + "-ev2\"";
        assertThat(server.get("/api/v1/events?review=corrected&limit=500").json().get("items").toString())
                .contains(ev2);
        assertThat(server.get("/api/v1/events?review=unreviewed&limit=500").json().get("items").toString())
                .doesNotContain(ev2);
        assertThat(server.get("/api/v1/articles/" + ServedStore.codedArticleId()).json()
                .at("/event_rows/ev2/review").asText()).isEqualTo("corrected");
    }

    @Test
    void concurrentReviewsAreAllKept() throws Exception {
        int before = server.get(EV1 + "/reviews").json().get("items").size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String body = "{\"status\":\"accepted\",\"reviewer\":\"reviewer " + i + "\"}";
            answers.add(pool.submit(() -> server.post(EV1 + "/reviews", body, server.token()).status()));
        }
        for (Future<Integer> f : answers) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonNode log = server.get(EV1 + "/reviews").json().get("items");
        assertThat(log).hasSize(before + 80);
        Set<String> reviewers = new HashSet<>();
        Set<Integer> revisions = new HashSet<>();
        log.forEach(r -> {
            reviewers.add(r.get("reviewer").asText());
            revisions.add(r.get("revision").asInt());
        });
        assertThat(reviewers).hasSize(80);
        assertThat(revisions).hasSize(before + 80);
    }

    @Test
    void oversizedAndNonJsonBodiesAreRefused() {
        RunningServer.Answer big = server.post(EV1 + "/reviews", "{\"status\":\"accepted\",\"reviewer\":\"x\","
                + "\"reason\":\"" + "a".repeat(1_200_000) + "\"}", server.token());
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("message").asText()).contains("larger than");
        RunningServer.Answer form = server.send(HttpRequest.newBuilder(server.uri(EV1 + "/reviews"))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=accepted")).build());
        assertThat(form.status()).isEqualTo(415);
    }

    @Test
    void aReviewSurvivesARestartAndTheTokenIsKeptOwnerOnly(@TempDir Path own) throws Exception {
        Path db = ServedStore.copyInto(own);
        String token;
        try (RunningServer first = RunningServer.over(db)) {
            token = first.token();
            assertThat(first.server.token().created()).isTrue();
            assertThat(first.post(EV1 + "/reviews", "{\"status\":\"rejected\",\"reviewer\":\"ode\","
                    + "\"reason\":\"a rally, not a march\"}", token).status()).isEqualTo(201);
        }
        Path tokenFile = own.resolve("eventbase.db.token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
        try (RunningServer second = RunningServer.over(db)) {
            assertThat(second.server.token().created()).isFalse();
            assertThat(second.token()).isEqualTo(token);
            JsonNode event = second.get(EV1).json();
            assertThat(event.at("/event/review").asText()).isEqualTo("rejected");
            assertThat(event.at("/reviews/0/reviewer").asText()).isEqualTo("ode");
        }
    }
}
