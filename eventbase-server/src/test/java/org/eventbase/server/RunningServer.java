package org.eventbase.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;

/**
 * A real server on an ephemeral port over a store file, and an HTTP client for it. Example:
 * {@code try (RunningServer s = RunningServer.over(db)) { s.get("/api/v1/events").json(); }}
 */
final class RunningServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final EventbaseServer server;
    private final GuardedStore store;

    private RunningServer(EventbaseServer server, GuardedStore store) {
        this.server = server;
        this.store = store;
    }

    static RunningServer over(Path db) {
        GuardedStore store = new GuardedStore(Store.open(StoreLocation.parse(db.toString())));
        Path token = db.resolveSibling(db.getFileName() + ".token");
        return new RunningServer(EventbaseServer.start(store, ServerSettings.local(0, token)), store);
    }

    /** A server whose ingest endpoint uses {@code ingest} and accepts request bodies up to {@code maxRequestBytes}. */
    static RunningServer over(Path db, long maxRequestBytes, IngestSettings ingest) {
        GuardedStore store = new GuardedStore(Store.open(StoreLocation.parse(db.toString())));
        Path token = db.resolveSibling(db.getFileName() + ".token");
        ServerSettings settings = new ServerSettings(ServerSettings.LOCAL, 0, maxRequestBytes, token);
        return new RunningServer(EventbaseServer.start(store, settings, ingest), store);
    }

    /** An answer: status, body, and the body as JSON. */
    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Answer post(String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    String token() {
        return server.token().value();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
