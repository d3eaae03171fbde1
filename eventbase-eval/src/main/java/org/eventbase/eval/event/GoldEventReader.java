package org.eventbase.eval.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.ActorKind;
import org.eventbase.model.CountKind;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventType;
import org.eventbase.model.InputException;
import org.eventbase.model.TimePrecision;

/**
 * Reads the event gold set: one JSON object per line, one article each (format in docs/evaluation.md). Checks what
 * a scorer relies on: unique ids, a known split, valid PLOVER types, actor and count kinds, and evidence that
 * occurs verbatim in the article text. A bad line is an {@link InputException} naming {@code file:line}.
 * Example: {@code GoldEventReader.read(Path.of("gold/events/gold.jsonl"))}.
 */
public final class GoldEventReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldEventReader() {}

    public static List<GoldEventArticle> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), "no such gold file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the gold file: " + e.getMessage());
        }
        List<GoldEventArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            GoldEventArticle article = parse(where, lines.get(i));
            if (!ids.add(article.id())) {
                throw new InputException(where, "article id '" + article.id() + "' is used twice; ids must be unique");
            }
            articles.add(article);
        }
        if (articles.isEmpty()) {
            throw new InputException(file.toString(), "holds no articles; give a JSONL file of gold articles");
        }
        return articles;
    }

    static GoldEventArticle parse(String where, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(where, "not a JSON object: " + e.getOriginalMessage());
        }
        Fields f = new Fields(where, node);
        String text = f.required("text");
        String split = f.required("split");
        if (!split.equals("dev") && !split.equals("test")) {
            throw new InputException(where, "split is '" + split + "'; use dev or test");
        }
        List<GoldEvent> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        for (JsonNode e : f.array("events")) {
            GoldEvent event = event(where, e);
            if (!eventIds.add(event.id())) {
                throw new InputException(where, "event id '" + event.id() + "' is used twice in the article");
            }
            if (!text.contains(event.evidence())) {
                throw new InputException(where, "the evidence of " + event.id() + " does not occur in the text: "
                        + event.evidence());
            }
            events.add(event);
        }
        return new GoldEventArticle(f.required("id"), split, f.required("story"), f.optional("url"),
                f.required("title"), f.optional("publisher"), f.required("published"), f.optional("syndicated_from"),
                text, events);
    }

    private static GoldEvent event(String where, JsonNode node) {
        Fields f = new Fields(where, node);
        String id = f.required("id");
        String at = where + " " + id;
        JsonNode acledNode = node.get("acled");
        AcledCategory acled = acledNode == null || acledNode.isNull() ? null
                : new AcledCategory(new Fields(at, acledNode).required("event_type"),
                        new Fields(at, acledNode).required("sub_event_type"));
        JsonNode m = node.path("modality");
        EventModality modality = new EventModality(m.path("hypothetical").asBoolean(false),
                m.path("negated").asBoolean(false), m.path("historical").asBoolean(false),
                m.path("reported").asBoolean(false));
        return new GoldEvent(id, f.required("event_key"), constant(at, EventType.class, f.required("type")),
                f.optional("mode"), acled, actors(at, f.array("sources")), actors(at, f.array("targets")),
                place(at, node.get("place")), date(at, node.get("date")), counts(at, f.array("counts")), modality,
                f.optional("claimant"), f.required("evidence"));
    }

    private static List<ActorValue> actors(String where, List<JsonNode> nodes) {
        List<ActorValue> actors = new ArrayList<>();
        for (JsonNode n : nodes) {
            Fields f = new Fields(where, n);
            String kind = f.optional("kind");
            actors.add(new ActorValue(f.required("text"), kind == null ? null : constant(where, ActorKind.class, kind)));
        }
        return actors;
    }

    private static PlaceValue place(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Fields f = new Fields(where, node);
        return new PlaceValue(f.required("text"), f.optional("country"),
                node.hasNonNull("lat") ? node.get("lat").asDouble() : null,
                node.hasNonNull("lon") ? node.get("lon").asDouble() : null);
    }

    private static DateValue date(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Fields f = new Fields(where, node);
        return new DateValue(f.required("value"), constant(where, TimePrecision.class, f.required("precision")));
    }

    private static List<CountValue> counts(String where, List<JsonNode> nodes) {
        List<CountValue> counts = new ArrayList<>();
        for (JsonNode n : nodes) {
            Fields f = new Fields(where, n);
            if (!n.path("min").isInt()) {
                throw new InputException(where, "a count needs an integer \"min\"");
            }
            Integer max = n.hasNonNull("max") ? n.get("max").asInt() : null;
            counts.add(new CountValue(constant(where, CountKind.class, f.required("kind")), n.get("min").asInt(), max,
                    f.optional("text"), f.optional("claimed_by")));
        }
        return counts;
    }

    private static <E extends Enum<E>> E constant(String where, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(where, "'" + name + "' is not a " + type.getSimpleName() + "; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Field access that names the line when a field is missing or of the wrong type. */
    private record Fields(String where, JsonNode node) {
        Fields {
            if (node == null || !node.isObject()) {
                throw new InputException(where, "expected a JSON object");
            }
        }

        String required(String name) {
            String value = optional(name);
            if (value == null || value.isBlank()) {
                throw new InputException(where, "missing the \"" + name + "\" field");
            }
            return value;
        }

        String optional(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new InputException(where, "\"" + name + "\" must be a string");
            }
            return value.asText();
        }

        List<JsonNode> array(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw new InputException(where, "\"" + name + "\" must be an array");
            }
            List<JsonNode> items = new ArrayList<>();
            value.forEach(items::add);
            return items;
        }
    }
}
