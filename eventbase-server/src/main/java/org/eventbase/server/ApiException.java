package org.eventbase.server;

import java.util.List;

/**
 * A request the API refuses, with the HTTP status and what the caller should do; answered as one {@link ApiError}.
 * Example: {@code throw new ApiException(404, "no event 5d0c9a1e2b7f4a10-ev9; list events at /api/v1/events")}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<ApiError.FieldProblem> problems;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<ApiError.FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public ApiError toError() {
        return ApiError.of(status, getMessage(), problems);
    }
}
