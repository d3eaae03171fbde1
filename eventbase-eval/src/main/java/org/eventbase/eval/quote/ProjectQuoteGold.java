package org.eventbase.eval.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventbase.model.InputException;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.Span;

/**
 * Reads the project's quotes gold set: a directory with {@code quotes.jsonl}, one gold quote a line, and the
 * article files it names, {@code dev/…} or {@code test/…} (the first folder is the split). A line reads
 * {@code {"article": "dev/odesa-port.txt", "kind": "DIRECT", "quote": "We stay.", "speaker": "Ana Berg",
 * "verb": "say", "channel": null}}; {@code quote} is the quoted text exactly as in the article (without the
 * marks) and must occur there once, or give {@code "occurrence": 2}; {@code speaker} is null when the text
 * does not say who spoke. The format is documented in {@code gold/quotes/README.md}.
 */
public final class ProjectQuoteGold {
    public static final String FILE = "quotes.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectQuoteGold() {}

    /** Whether {@code path} is a project gold set: the JSONL file or a directory holding it. */
    public static boolean isProjectGold(Path path) {
        return Files.isRegularFile(path) ? path.toString().endsWith(".jsonl") : Files.isRegularFile(path.resolve(FILE));
    }

    /** The articles of {@code split} ({@code dev}, {@code test} or {@code all}) with their gold quotes. */
    public static List<QuoteGoldDocument> read(Path path, String split) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        Path home = file.toAbsolutePath().getParent();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the gold quotes: " + e.getMessage());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<GoldQuote>> quotes = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            JsonNode line = parse(lines.get(n), where);
            String article = required(line, "article", where);
            if (!"all".equals(split) && !article.startsWith(split + "/")) {
                continue;
            }
            String text = texts.computeIfAbsent(article, a -> readArticle(home.resolve(a), where));
            quotes.computeIfAbsent(article, a -> new ArrayList<>()).add(quote(line, text, where));
        }
        if (texts.isEmpty()) {
            throw new InputException(file.toString(), "has no gold quotes for split '" + split
                    + "'; use --split dev, test or all");
        }
        List<QuoteGoldDocument> documents = new ArrayList<>();
        texts.forEach((article, text) -> documents.add(new QuoteGoldDocument(article,
                article.substring(0, Math.max(0, article.indexOf('/'))), text, quotes.get(article))));
        return documents;
    }

    private static GoldQuote quote(JsonNode line, String text, String where) {
        String quoted = required(line, "quote", where);
        QuoteKind kind;
        try {
            kind = QuoteKind.valueOf(required(line, "kind", where).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(where, "kind must be DIRECT, PARTIAL, SCARE or INDIRECT");
        }
        int occurrence = line.path("occurrence").asInt(0);
        int at = text.indexOf(quoted);
        int again = at < 0 ? -1 : text.indexOf(quoted, at + 1);
        if (at < 0) {
            throw new InputException(where, "the quote is not in the article text; copy it exactly");
        }
        if (occurrence > 1) {
            for (int k = 1; k < occurrence && at >= 0; k++) {
                at = text.indexOf(quoted, at + 1);
            }
            if (at < 0) {
                throw new InputException(where, "the article has fewer than " + occurrence + " copies of the quote");
            }
        } else if (again >= 0 && occurrence == 0) {
            throw new InputException(where, "the quote occurs more than once; add \"occurrence\": N");
        }
        JsonNode speaker = line.get("speaker");
        String name = speaker == null || speaker.isNull() ? null : speaker.asText();
        return new GoldQuote(List.of(new Span(at, at + quoted.length())), kind, name, List.of());
    }

    private static JsonNode parse(String line, String where) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(where, "not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static String required(JsonNode line, String field, String where) {
        JsonNode value = line.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new InputException(where, "needs the field \"" + field + "\"");
        }
        return value.asText();
    }

    private static String readArticle(Path file, String where) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(where, "cannot read the article " + file + ": " + e.getMessage());
        }
    }
}
