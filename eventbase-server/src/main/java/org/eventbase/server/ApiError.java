package org.eventbase.server;

import java.util.List;

/**
 * The one shape of every error the API answers: the status, a message a person can act on, and for a request with
 * invalid fields every field's problem at once. Example JSON: {@code {"status":400,"error":"Bad Request",
 * "message":"2 query parameters are invalid","errors":[{"field":"limit","problem":"…"},…]}}.
 */
public record ApiError(int status, String error, String message, List<FieldProblem> errors) {
    /** What is wrong with one field of a request. Example: {@code FieldProblem("from", "'yesterday' is not a day…")}. */
    public record FieldProblem(String field, String problem) {}

    public static ApiError of(int status, String message, List<FieldProblem> errors) {
        return new ApiError(status, reason(status), message, List.copyOf(errors));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 501 -> "Not Implemented";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }
}
