package org.eventbase.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventbase.store.IngestProgress;
import org.eventbase.store.SaveOutcome;

/**
 * Collects each input's outcome while an {@link org.eventbase.store.Ingester} runs, for the API's answer.
 * Example: after ingesting an upload, {@code items()} holds {@code Item("upload:a.html", "new", "5d0c…", null)}.
 */
final class IngestOutcomes implements IngestProgress {
    private final List<IngestAnswer.Item> items = new ArrayList<>();

    @Override
    public synchronized void saved(String input, String articleId, SaveOutcome outcome) {
        items.add(new IngestAnswer.Item(input, outcome.name().toLowerCase(Locale.ROOT), articleId, null));
    }

    @Override
    public synchronized void failed(String input, String problem) {
        items.add(new IngestAnswer.Item(input, "failed", null, problem));
    }

    synchronized List<IngestAnswer.Item> items() {
        return List.copyOf(items);
    }
}
