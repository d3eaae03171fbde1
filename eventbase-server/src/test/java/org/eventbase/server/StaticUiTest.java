package org.eventbase.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticUiTest {
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
    void theUiAndItsBundledLibrariesAreServedWithAStrictPolicy() {
        RunningServer.Answer index = server.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("id=\"map\"").contains("vendor/leaflet/leaflet.js")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'"));
        assertThat(server.get("/article.html").status()).isEqualTo(200);
        assertThat(server.get("/story.html").body()).contains("story.js");
        assertThat(server.get("/stories.html").body()).contains("stories.js");
        assertThat(server.get("/vendor/leaflet/leaflet.js").body()).contains("Leaflet");
        assertThat(server.get("/vendor/markercluster/leaflet.markercluster.js").status()).isEqualTo(200);
        assertThat(server.get("/vendor/world-atlas/countries-110m.json").body()).contains("\"Topology\"");
        assertThat(server.get("/vendor/topojson-client/topojson-client.min.js").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/../../eventbase-server/pom.xml", "/%2e%2e/%2e%2e/pom.xml",
            "/vendor/..%2f..%2f..%2fpom.xml", "/..%5c..%5cpom.xml", "/vendor/../../../../etc/passwd",
            "/org/eventbase/server/EventbaseServer.class", "/openapi.json/../../pom.xml"})
    void pathTraversalIsRefused(String path) throws IOException {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(answer.substring(9, 12));
        assertThat(status).as(path).isIn(400, 404);
        assertThat(answer).doesNotContain("<project").doesNotContain("root:").doesNotContain("CAFEBABE");
    }

    @Test
    void articleTextNeverReachesTheClientAsMarkup() {
        String body = server.get("/api/v1/articles/" + ServedStore.codedArticleId()).body();
        assertThat(body).doesNotContain("<script").doesNotContain("<img").contains("\\u003Cscript\\u003E");
        String events = server.get("/api/v1/events").body();
        assertThat(events).doesNotContain("<script").doesNotContain("<img");
        String search = server.get("/api/v1/search?q=pwned").body();
        assertThat(search).doesNotContain("<script");
    }

    @Test
    void theUiScriptsBuildTheDomWithTextOnly() throws IOException {
        Path web = Path.of("target/classes/web");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(web)) {
            scripts = files.filter(p -> p.toString().endsWith(".js"))
                    .filter(p -> !web.relativize(p).startsWith("vendor")).toList();
        }
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            String js = Files.readString(script);
            assertThat(js).as(script.toString()).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
                    .doesNotContain("bindPopup(").doesNotContain("bindTooltip(");
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
