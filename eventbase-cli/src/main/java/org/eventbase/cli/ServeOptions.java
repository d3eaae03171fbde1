package org.eventbase.cli;

import java.nio.file.Path;
import org.eventbase.server.ServerSettings;
import picocli.CommandLine.Option;

/**
 * The options of commands that serve the web UI ({@code serve}, {@code demo}). Example:
 * {@code eventbase serve --port 8080 --host 0.0.0.0}.
 */
public final class ServeOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port to serve on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerSettings.LOCAL,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Where the write token is kept (default: next to the database, DB.token).")
    Path tokenFile;

    ServerSettings settings(Path defaultTokenFile) {
        return new ServerSettings(host, port, ServerSettings.DEFAULT_MAX_REQUEST_BYTES,
                tokenFile != null ? tokenFile : defaultTokenFile);
    }
}
