package org.eventbase.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventbase.store.EventCorrection;
import org.eventbase.store.EventKey;
import org.eventbase.store.EventReview;
import org.eventbase.store.ReviewStatus;

/**
 * The review endpoints: the audit log of an event ({@code GET /api/v1/events/{id}/reviews}) and a new verdict
 * ({@code POST} there, with the write token). Example body: {@code {"status":"corrected","reviewer":"amina",
 * "reason":"the police fired, the crowd did not","corrected":{"type":"COERCE"}}}.
 */
final class ReviewRoutes {
    private static final int MOST_TEXT = 2000;

    private final GuardedStore store;
    private final ObjectMapper json;

    ReviewRoutes(GuardedStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void register(Javalin app, WriteGuard guard) {
        app.get(ReadRoutes.API + "/events/{id}/reviews", ctx -> {
            EventKey key = ReadRoutes.eventKey(ctx.pathParam("id"));
            ctx.json(Map.of("items", store.use(s -> s.reviews(key))));
        });
        app.before(ReadRoutes.API + "/events/{id}/reviews", guard::requireForWrites);
        app.post(ReadRoutes.API + "/events/{id}/reviews", this::review);
    }

    private void review(Context ctx) {
        EventKey key = ReadRoutes.eventKey(ctx.pathParam("id"));
        EventReview review = parse(key, body(ctx));
        EventReview saved = store.use(s -> {
            if (s.event(key).isEmpty()) {
                throw new ApiException(404, "no event " + key + "; list events at " + ReadRoutes.API + "/events");
            }
            return s.review(review);
        });
        ctx.status(201).json(saved);
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send the review as JSON with 'Content-Type: application/json'");
        }
        try {
            JsonNode node = json.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "the body must be a JSON object such as {\"status\":\"accepted\","
                        + "\"reviewer\":\"amina\"}");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "the body is not JSON (" + e.getOriginalMessage() + "); send e.g. "
                    + "{\"status\":\"accepted\",\"reviewer\":\"amina\"}");
        }
    }

    /** The review the body asks for, or an {@link ApiException} listing every problem with it. */
    static EventReview parse(EventKey key, JsonNode body) {
        List<ApiError.FieldProblem> problems = new ArrayList<>();
        String statusText = text(body, "status");
        ReviewStatus status = ReviewStatus.parse(statusText).orElse(null);
        if (status == null) {
            problems.add(new ApiError.FieldProblem("status", (statusText == null ? "missing" : "'" + statusText
                    + "' is not a verdict") + "; use accepted, corrected or rejected"));
        }
        String reviewer = text(body, "reviewer");
        if (reviewer == null) {
            problems.add(new ApiError.FieldProblem("reviewer", "missing; say who reviews, e.g. your name"));
        } else if (reviewer.length() > 100) {
            problems.add(new ApiError.FieldProblem("reviewer", "longer than 100 characters"));
        }
        String reason = text(body, "reason");
        if (reason == null && status != null && status != ReviewStatus.ACCEPTED) {
            problems.add(new ApiError.FieldProblem("reason", "missing; say why the event is " + status.label()));
        } else if (reason != null && reason.length() > MOST_TEXT) {
            problems.add(new ApiError.FieldProblem("reason", "longer than " + MOST_TEXT + " characters"));
        }
        Map<String, String> corrected = new LinkedHashMap<>();
        JsonNode fields = body.get("corrected");
        if (fields != null && !fields.isNull()) {
            if (!fields.isObject()) {
                problems.add(new ApiError.FieldProblem("corrected", "must be an object of field names and new values"));
            } else {
                fields.fields().forEachRemaining(f -> corrected.put(f.getKey(),
                        f.getValue().isNull() ? "" : f.getValue().asText()));
                EventCorrection.problems(corrected).forEach(p -> problems.add(new ApiError.FieldProblem(
                        "corrected." + p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 1).strip())));
                corrected.values().stream().filter(v -> v.length() > MOST_TEXT).findFirst().ifPresent(v ->
                        problems.add(new ApiError.FieldProblem("corrected", "a value is longer than " + MOST_TEXT
                                + " characters")));
            }
        }
        if (status == ReviewStatus.CORRECTED && corrected.isEmpty()) {
            problems.add(new ApiError.FieldProblem("corrected", "missing; a correction names the fields it changes, "
                    + "e.g. {\"type\":\"COERCE\"}; fields: " + EventCorrection.FIELDS.stream().sorted().toList()));
        } else if (status != null && status != ReviewStatus.CORRECTED && !corrected.isEmpty()) {
            problems.add(new ApiError.FieldProblem("corrected", "only a 'corrected' review changes fields"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, problems.size() == 1 ? "the review's " + problems.get(0).field()
                    + " is invalid: " + problems.get(0).problem()
                    : problems.size() + " fields of the review are invalid; see errors", problems);
        }
        return EventReview.of(key, status, corrected, reviewer, reason);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
