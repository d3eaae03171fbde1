package org.eventbase.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Lets a request that changes data through only with the write token. Example: {@code app.before("/api/v1/ingest",
 * guard::requireForWrites)} answers 401 to a POST without {@code Authorization: Bearer TOKEN}.
 */
final class WriteGuard {
    private final WriteToken token;

    WriteGuard(WriteToken token) {
        this.token = token;
    }

    void requireForWrites(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        if (!token.matches(ctx.header("Authorization"))) {
            throw new ApiException(401, "this request changes data and needs the write token: send "
                    + "'Authorization: Bearer TOKEN' with the token printed when the server first started "
                    + "(stored in " + token.file().getFileName() + " next to the database)");
        }
    }
}
