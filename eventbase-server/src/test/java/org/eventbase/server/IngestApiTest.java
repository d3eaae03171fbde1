package org.eventbase.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.eventbase.fetch.FetchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/ingest}: uploads (raw body and multipart), URLs fetched from a local site, the token, the size
 * limit and the errors; text-only extraction, so no NLP models load.
 */
class IngestApiTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Flood closes road in Voss</title>"
            + "</head><body><article><h1>Flood closes road in Voss</h1><p>The river Vosso burst its banks on Sunday "
            + "and closed the main road through Voss for six hours.</p><p>Council workers said the road reopened "
            + "in the evening once the water fell.</p></article></body></html>";

    @TempDir
    Path temp;

    private HttpServer site;
    private RunningServer server;

    @BeforeEach
    void start() throws Exception {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = (path.equals("/robots.txt") ? "User-agent: *\nDisallow:\n" : PAGE.replace("Voss", "Voss "
                    + path.replaceAll("\\W", ""))).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.equals("/robots.txt") ? "text/plain" : "text/html");
            ex.sendResponseHeaders(path.equals("/gone") ? 404 : 200, path.equals("/gone") ? -1 : body.length);
            if (!path.equals("/gone")) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            ex.close();
        });
        site.start();
        FetchSettings fetch = FetchSettings.defaults().withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
        server = RunningServer.over(temp.resolve("api.db"), 20_000, IngestSettings.textOnly(fetch));
    }

    @AfterEach
    void stop() {
        server.close();
        site.stop(0);
    }

    @Test
    void storesAnUploadedPageAndAnswersWithItsArticleId() {
        RunningServer.Answer answer = raw("flood.html", PAGE, server.token());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("new").asLong()).isEqualTo(1);
        JsonNode item = report.get("items").get(0);
        assertThat(item.get("outcome").asText()).isEqualTo("new");
        assertThat(item.get("input").asText()).matches("upload:[0-9a-f]{12}/flood\\.html");
        String id = item.get("article_id").asText();
        assertThat(server.get("/api/v1/articles/" + id).json().toString()).contains("Flood closes road in Voss");
    }

    @Test
    void theSameUploadAgainIsADuplicateOfTheStoredArticle() {
        String id = raw("flood.html", PAGE, server.token()).json().get("items").get(0).get("article_id").asText();

        JsonNode again = raw("copy.html", PAGE, server.token()).json();

        assertThat(again.get("duplicate").asLong()).isEqualTo(1);
        assertThat(again.get("new").asLong()).isZero();
        assertThat(again.get("items").get(0).get("article_id").asText()).isEqualTo(id);
    }

    @Test
    void aMultipartJsonLinesUploadReportsEachLine() {
        String jsonl = "{\"title\": \"Ferry back\", \"text\": \"The ferry to Florø sailed again on Monday after "
                + "the storm, the operator said.\"}\n{\"text\": broken\n";
        String boundary = "eventbase-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/"
                + "dump.jsonl\"\r\nContent-Type: application/x-ndjson\r\n\r\n" + jsonl + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        RunningServer.Answer answer = server.send(HttpRequest.newBuilder(server.uri("/api/v1/ingest"))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("new").asLong()).isEqualTo(1);
        assertThat(report.get("failed").asLong()).isEqualTo(1);
        assertThat(report.toString()).contains("/dump.jsonl:2").doesNotContain("etc").doesNotContain("/tmp/");
        assertThat(report.get("items").findValuesAsText("reason")).singleElement().asString().contains("line 2");
    }

    @Test
    void fetchesAndStoresASubmittedUrl() {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/voss";
        RunningServer.Answer answer = server.post("/api/v1/ingest", "{\"url\": \"" + url + "\"}", server.token());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("new").asLong()).isEqualTo(1);
        assertThat(answer.json().get("items").get(0).get("input").asText()).isEqualTo(url);
    }

    @Test
    void aUrlThatCannotBeFetchedIsAFailureInTheReport() {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/gone";
        JsonNode report = server.post("/api/v1/ingest", "{\"url\": \"" + url + "\"}", server.token()).json();

        assertThat(report.get("failed").asLong()).isEqualTo(1);
        assertThat(report.get("items").get(0).get("reason").asText()).isEqualTo("HTTP 404 (not found)");
    }

    @Test
    void needsTheWriteToken() {
        RunningServer.Answer answer = raw("flood.html", PAGE, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("message").asText()).contains("write token");
    }

    @Test
    void refusesABodyOverTheRequestLimitWithTheJsonErrorShape() {
        RunningServer.Answer answer = raw("big.html", PAGE.repeat(100), server.token());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).isEqualTo("Payload Too Large");
        assertThat(answer.json().get("message").asText()).contains("larger than 20000 bytes");
    }

    @Test
    void explainsWhatIsMissingFromARequest() {
        RunningServer.Answer noUrl = server.post("/api/v1/ingest", "{\"link\": \"x\"}", server.token());
        RunningServer.Answer notHttp = server.post("/api/v1/ingest", "{\"url\": \"file:///etc/passwd\"}", server.token());
        RunningServer.Answer noName = server.send(HttpRequest.newBuilder(server.uri("/api/v1/ingest"))
                .header("Authorization", "Bearer " + server.token()).header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(PAGE)).build());

        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.json().get("errors").get(0).get("field").asText()).isEqualTo("url");
        assertThat(notHttp.status()).isEqualTo(400);
        assertThat(notHttp.json().get("message").asText()).contains("http:// or https://");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("message").asText()).contains("?filename=NAME");
    }

    private RunningServer.Answer raw(String filename, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/api/v1/ingest?filename=" + filename))
                .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return server.send(b.build());
    }
}
