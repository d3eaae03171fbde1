package org.eventbase.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a request's query parameters, collecting every invalid one so that the caller hears of all at once.
 * Example: {@code QueryParams q = new QueryParams(ctx); String from = q.day("from"); int limit = q.limit(100, 1000);
 * q.check();}
 */
final class QueryParams {
    private final Context ctx;
    private final List<ApiError.FieldProblem> problems = new ArrayList<>();

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter stripped, or null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String day(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            return problem(name, "'" + v + "' is not a day; write e.g. 2023-03-01");
        }
    }

    int offset() {
        return whole("offset", 0, 0, Integer.MAX_VALUE / 2);
    }

    int limit(int fallback, int most) {
        return whole("limit", fallback, 1, most);
    }

    private int whole(String name, int fallback, int least, int most) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= least && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(name, "'" + v + "' is not a whole number from " + least + " to " + most);
        return fallback;
    }

    /** The parameter converted, or a problem naming the accepted values when it does not convert. */
    <T> T parsed(String name, Function<String, T> parse, String accepted) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            return problem(name, "'" + v + "' is not valid; " + accepted);
        }
    }

    <T> T problem(String name, String problem) {
        problems.add(new ApiError.FieldProblem(name, problem));
        return null;
    }

    /** @throws ApiException (400) listing every invalid parameter, when there is one */
    void check() {
        if (!problems.isEmpty()) {
            throw new ApiException(400, problems.size() == 1 ? "the query parameter " + problems.get(0).field()
                    + " is invalid: " + problems.get(0).problem()
                    : problems.size() + " query parameters are invalid; see errors", problems);
        }
    }
}
