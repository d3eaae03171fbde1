package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import io.javalin.util.JavalinBindException;
import org.eventbase.server.EventbaseServer;
import org.eventbase.server.GuardedStore;
import org.eventbase.server.ServerSettings;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase serve}: serves the web UI and the REST API over a store until stopped with Ctrl-C. Example:
 * {@code eventbase serve --db events.db --port 8080} prints {@code Serving events.db at http://127.0.0.1:8080/}.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web UI (map, timeline, events, articles, review) and the REST API over a store.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() throws InterruptedException {
        GuardedStore guarded = new GuardedStore(store.openExisting());
        run(spec.commandLine(), guarded, serve.settings(tokenFileFor(store.db)), store.db);
        return ExitCodes.OK;
    }

    /** The token file of a store: next to a SQLite file, or in the working directory for a database URL. */
    static Path tokenFileFor(String db) {
        StoreLocation location = StoreLocation.parse(db);
        if (location.jdbcUrl().startsWith("jdbc:sqlite:")) {
            Path file = Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length()));
            return file.resolveSibling(file.getFileName() + ".token");
        }
        return Path.of("eventbase-server.token").toAbsolutePath();
    }

    /** Starts the server, prints where it is (and the write token when it was just made), and serves until stopped. */
    static void run(CommandLine cl, GuardedStore store, ServerSettings settings, String what)
            throws InterruptedException {
        PrintWriter out = cl.getOut();
        try (store; EventbaseServer server = EventbaseServer.start(store, settings)) {
            out.println("Serving " + what + " at " + server.url() + " (Ctrl-C stops)");
            if (server.token().created()) {
                out.println("Write token for reviews (shown once; kept in " + server.token().file() + "):");
                out.println("  " + server.token().value());
            } else {
                out.println("Write token for reviews: in " + server.token().file());
            }
            if (!ServerSettings.LOCAL.equals(settings.host())) {
                out.println("Listening on " + settings.host() + ": anyone who can reach this machine can read the store.");
            }
            out.flush();
            server.join();
        } catch (JavalinBindException e) {
            throw new ParameterException(cl, "cannot listen on " + settings.host() + ":" + settings.port()
                    + " (in use?); stop the other server or pass --port N");
        }
    }
}
