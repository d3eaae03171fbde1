package org.eventbase.server;

import java.nio.file.Path;

/**
 * How the server listens and limits requests. Example: {@code ServerSettings.local(7070, tokenFile)} binds
 * 127.0.0.1:7070; port 0 picks a free port (tests).
 *
 * @param host            the address to bind; 127.0.0.1 unless the user asks for another
 * @param maxRequestBytes the largest request body accepted (larger ones get 413)
 * @param tokenFile       where the write token is kept
 */
public record ServerSettings(String host, int port, long maxRequestBytes, Path tokenFile) {
    public static final String LOCAL = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000L;

    public static ServerSettings local(int port, Path tokenFile) {
        return new ServerSettings(LOCAL, port, DEFAULT_MAX_REQUEST_BYTES, tokenFile);
    }
}
