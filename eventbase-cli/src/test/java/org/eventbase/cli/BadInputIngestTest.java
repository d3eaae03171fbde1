package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventbase ingest} on a folder of over 200 malformed inputs ({@link MalformedCorpus}) with good articles
 * mixed in, run as a child JVM with a 1 GB heap: it must finish without a crash, a hang or a stack trace, record
 * every bad input (every broken JSONL line) as one failure with a one-line reason, store every good article, and
 * exit with {@link ExitCodes#INPUT_FAILED} because something failed. The run uses {@code --text-only} (reading,
 * cleaning and language identification, where malformed input is handled; no NLP), because the full pipeline's
 * models alone hold about 1.1 GB of heap (bench/README.md), above the 1 GB this test gives.
 */
class BadInputIngestTest {
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at |Exception|java\\.lang\\.|Error:");

    @TempDir
    Path temp;

    @Test
    void ingestOfMalformedInputsRecordsEachFailureAndStoresEveryGoodArticle() throws Exception {
        Path corpusDir = temp.resolve("corpus");
        MalformedCorpus corpus = MalformedCorpus.write(corpusDir, 7);
        assertThat(corpus.bad()).hasSizeGreaterThanOrEqualTo(200);
        Path db = temp.resolve("bad.db");

        ChildRun run = ingest(corpusDir, db);

        assertThat(run.err()).as("stderr").doesNotContainPattern(STACK_TRACE);
        assertThat(run.exitCode()).as("exit code when inputs failed; stderr:%n%s", run.err())
                .isEqualTo(ExitCodes.INPUT_FAILED);
        Map<String, String> failures = rows(db, "SELECT input, reason FROM failures ORDER BY input");
        List<String> unexplained = new ArrayList<>();
        for (MalformedCorpus.BadInput bad : corpus.bad()) {
            String reason = failures.get(bad.input());
            if (reason == null || reason.isBlank() || reason.contains("\n")
                    || !run.err().contains(bad.input() + ": " + reason)) {
                unexplained.add(bad + " -> " + reason);
            }
        }
        assertThat(unexplained).as("bad inputs without a one-line failure on record and on stderr").isEmpty();
        assertThat(failures.keySet()).as("failures recorded")
                .containsExactlyInAnyOrderElementsOf(corpus.bad().stream().map(MalformedCorpus.BadInput::input).toList());
        assertThat(rows(db, "SELECT input, id FROM articles").keySet()).as("articles stored")
                .containsExactlyInAnyOrderElementsOf(corpus.good());
        assertThat(run.out()).contains(corpus.good().size() + " new", corpus.bad().size() + " failed");
    }

    private record ChildRun(int exitCode, String out, String err) {
    }

    private ChildRun ingest(Path corpus, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = temp.resolve("child.out");
        Path err = temp.resolve("child.err");
        Process child = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", corpus.toString(), "--db", db.toString(), "--threads", "2",
                "--text-only"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            if (!child.waitFor(10, TimeUnit.MINUTES)) {
                throw new AssertionError("ingest hung: no exit after 10 minutes; its stderr: " + Files.readString(err));
            }
            return new ChildRun(child.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            child.destroyForcibly();
        }
    }

    private static Map<String, String> rows(Path db, String query) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2));
            }
        }
        return rows;
    }
}
