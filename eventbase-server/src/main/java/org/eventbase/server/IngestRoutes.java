package org.eventbase.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventbase.fetch.Fetcher;
import org.eventbase.fetch.WebArticles;
import org.eventbase.fetch.WebRead;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.store.IngestReport;
import org.eventbase.store.Ingester;

/**
 * {@code POST /api/v1/ingest} (with the write token): stores an uploaded file (multipart field {@code file}, or the
 * raw body with {@code ?filename=NAME}) or the page or feed at a URL (JSON {@code {"url": "https://…"}}), with the
 * same reading, extraction and store write as {@code eventbase ingest}, and answers an {@link IngestAnswer}.
 * Example: {@code curl -H "Authorization: Bearer $TOKEN" -F file=@flood.html http://127.0.0.1:7070/api/v1/ingest}.
 */
final class IngestRoutes {
    private final GuardedStore store;
    private final ObjectMapper json;
    private final IngestSettings settings;
    private final long maxRequestBytes;
    private final WebArticles web;
    private ArticleExtractor extractor;

    IngestRoutes(GuardedStore store, ObjectMapper json, IngestSettings settings, long maxRequestBytes) {
        this.store = store;
        this.json = json;
        this.settings = settings;
        this.maxRequestBytes = maxRequestBytes;
        this.web = new WebArticles(new Fetcher(settings.fetch()));
    }

    void register(Javalin app) {
        app.post(ReadRoutes.API + "/ingest", this::ingest);
    }

    private void ingest(Context ctx) {
        if (ctx.contentLength() > maxRequestBytes) {
            throw new ApiException(413, "the request body is larger than " + maxRequestBytes
                    + " bytes; send a smaller file, or ingest it with 'eventbase ingest PATH'");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<ReadResult> read;
        long skipped = 0;
        if (type.startsWith("application/json")) {
            String url = url(ctx.body());
            WebRead fetched = web.read(url, u -> store.use(s -> s.knowsUrl(u)));
            read = fetched.results();
            skipped = fetched.skipped();
        } else if (type.startsWith("multipart/form-data")) {
            UploadedFile file = uploaded(ctx);
            try (InputStream in = file.content()) {
                read = readUpload(file.filename(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            String name = ctx.queryParam("filename");
            if (name == null || name.isBlank()) {
                throw new ApiException(400, "say what the body is: add ?filename=NAME (e.g. flood.html or "
                        + "dump.jsonl), upload it as multipart field 'file', or send JSON {\"url\": \"https://…\"}",
                        List.of(new ApiError.FieldProblem("filename", "missing")));
            }
            read = readUpload(name, ctx.bodyAsBytes());
        }
        IngestOutcomes outcomes = new IngestOutcomes();
        List<ReadResult> articles = read;
        IngestReport report = store.use(s -> new Ingester(s, this::extractor, settings.threads(),
                new ArticleInputs(new ReadLimits(settings.fetch().maxBytes())), outcomes)
                .ingest(List.of(), articles, false));
        ctx.json(new IngestAnswer(report.added(), report.replaced(), report.duplicates(), report.failed(), skipped,
                outcomes.items()));
    }

    private UploadedFile uploaded(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (RuntimeException tooLargeOrMalformed) {
            throw new ApiException(400, "could not read the multipart upload (" + tooLargeOrMalformed.getMessage()
                    + "); send the file in a form field named 'file', at most " + maxRequestBytes + " bytes");
        }
        if (file == null) {
            throw new ApiException(400, "no file in the upload; send it in a form field named 'file'",
                    List.of(new ApiError.FieldProblem("file", "missing")));
        }
        return file;
    }

    private String url(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "the body is not JSON (" + e.getOriginalMessage() + "); send e.g. "
                    + "{\"url\": \"https://example.org/news/a\"}");
        }
        JsonNode url = node == null ? null : node.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            throw new ApiException(400, "the body needs a \"url\": send e.g. {\"url\": \"https://example.org/news/a\"}",
                    List.of(new ApiError.FieldProblem("url", "missing")));
        }
        String value = url.asText().strip();
        if (!WebArticles.isUrl(value)) {
            throw new ApiException(400, "the url must start with http:// or https://, was '" + value + "'",
                    List.of(new ApiError.FieldProblem("url", "not an http(s) URL")));
        }
        return value;
    }

    /**
     * Reads an upload as {@code eventbase ingest} reads a file. Its articles are named {@code upload:HASH/NAME}
     * (HASH: the start of the bytes' SHA-256), so that two different files with one name never replace each other.
     */
    private List<ReadResult> readUpload(String filename, byte[] bytes) {
        String name = safeName(filename);
        String input = "upload:" + sha256(bytes).substring(0, 12) + "/" + name;
        Path dir = null;
        try {
            dir = Files.createTempDirectory("eventbase-upload");
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            String prefix = file.toString();
            try (Stream<ReadResult> results = new ArticleInputs(new ReadLimits(settings.fetch().maxBytes())).read(file)) {
                return results.map(r -> renamed(r, prefix, input)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static ReadResult renamed(ReadResult result, String prefix, String input) {
        String name = input + result.input().substring(Math.min(prefix.length(), result.input().length()));
        if (result instanceof ReadResult.Failed f) {
            return new ReadResult.Failed(name, f.problem());
        }
        RawArticle a = ((ReadResult.Ok) result).article();
        return new ReadResult.Ok(new RawArticle(name, a.format(), a.content(), a.metadata()));
    }

    /** The file name without any folder, in safe characters: {@code ../x/My Story.html} → {@code My_Story.html}. */
    static String safeName(String filename) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base.isEmpty() || base.startsWith(".") ? "upload" + base : base;
    }

    private synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = settings.extractor().get();
        }
        return extractor;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary file does no harm
        }
    }
}
