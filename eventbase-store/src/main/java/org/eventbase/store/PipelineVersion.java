package org.eventbase.store;

import java.util.stream.Collectors;
import org.eventbase.pipeline.EventbaseVersion;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.pipeline.Stage;

/**
 * The one string that says which code made an article's rows: Eventbase's version, CoreNLP's, and every stage's.
 * Stored on each article row; {@code ingest --reprocess} re-extracts the articles whose string differs from the
 * running pipeline's. Example: {@code eventbase 0.1.0-SNAPSHOT; corenlp 4.5.10; nlp 1, entities 1, times 1, quotes 1}.
 */
public final class PipelineVersion {
    private PipelineVersion() {}

    public static String of(Pipeline pipeline) {
        EventbaseVersion v = EventbaseVersion.current();
        return "eventbase " + v.eventbase() + "; corenlp " + v.corenlp() + "; "
                + pipeline.stages().stream().map(PipelineVersion::stage).collect(Collectors.joining(", "));
    }

    private static String stage(Stage stage) {
        return stage.name() + " " + stage.version();
    }
}
