package org.eventbase.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eventbase.json.DocumentJson;

/**
 * The Eventbase web server: the REST API under {@code /api/v1} and the web UI's static files, over one store.
 * Binds 127.0.0.1 unless told otherwise; writes need the {@link WriteToken}. Example:
 * <pre>{@code
 * try (EventbaseServer server = EventbaseServer.start(new GuardedStore(store), ServerSettings.local(7070, tokenFile))) {
 *     System.out.println(server.url());   // http://127.0.0.1:7070/
 *     server.join();
 * }
 * }</pre>
 */
public final class EventbaseServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final String API_ERROR = "eventbase.api-error";

    private final Javalin app;
    private final WriteToken token;
    private final String host;

    private EventbaseServer(Javalin app, WriteToken token, String host) {
        this.app = app;
        this.token = token;
        this.host = host;
    }

    public static EventbaseServer start(GuardedStore store, ServerSettings settings) {
        return start(store, settings, IngestSettings.standard());
    }

    /** Starts the server with {@code ingest} saying how {@code POST /api/v1/ingest} extracts and fetches. */
    public static EventbaseServer start(GuardedStore store, ServerSettings settings, IngestSettings ingest) {
        WriteToken token = WriteToken.loadOrCreate(settings.tokenFile());
        ObjectMapper json = DocumentJson.mapper().copy();
        json.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        String openapi = resource("/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        WriteGuard guard = new WriteGuard(token);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        new ReadRoutes(store).register(app);
        new StoryRoutes(store).register(app);
        new ReviewRoutes(store, json).register(app, guard);
        app.get(ReadRoutes.API + "/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        app.before(ReadRoutes.API + "/ingest", guard::requireForWrites);
        new IngestRoutes(store, json, ingest, settings.maxRequestBytes()).register(app);
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, new ApiException(e.getStatus(),
                switch (e.getStatus()) {
                    case 404 -> "no endpoint " + ctx.method() + " " + ctx.path() + "; the endpoints are listed in "
                            + ReadRoutes.API + "/openapi.json";
                    case 413 -> "the request body is larger than " + settings.maxRequestBytes() + " bytes; send less";
                    default -> e.getMessage();
                })));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("eventbase serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            answer(ctx, new ApiException(500, "the server failed on this request (" + e.getMessage()
                    + "); see the server's output"));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(API_ERROR) == null && ctx.path().startsWith("/api/")) {
                answer(ctx, new ApiException(404, "no endpoint " + ctx.method() + " " + ctx.path()
                        + "; the endpoints are listed in " + ReadRoutes.API + "/openapi.json"));
            }
        });
        app.start(settings.host(), settings.port());
        return new EventbaseServer(app, token, settings.host());
    }

    private static void answer(Context ctx, ApiException e) {
        ctx.attribute(API_ERROR, Boolean.TRUE);
        ctx.status(e.status()).json(e.toError());
    }

    private static String resource(String name) {
        try (InputStream in = EventbaseServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + host + ":" + port() + "/";
    }

    public WriteToken token() {
        return token;
    }

    /** Waits until the process is stopped (Ctrl-C). */
    public void join() throws InterruptedException {
        Thread.currentThread().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
