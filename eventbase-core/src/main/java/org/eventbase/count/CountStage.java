package org.eventbase.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventbase.claim.ClaimantFinder;
import org.eventbase.model.Count;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.Token;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Finds the article's casualty, arrest, displacement and turnout figures ({@link Layers#COUNTS}): the number as
 * written with its range, what it counts, who is counted, who claims it and whether it belongs to a background
 * event. Rule-based over tokens and tags (no parse). Example: "Local media cited the interior ministry as saying
 * 317 officers were injured and eight killed" gives an {@code INJURED} count 317 (victims "officers") and a
 * {@code KILLED} count 8, both claimed by the interior ministry, reported by local media.
 *
 * <p>Stateless and thread-safe. Uses the quotes layer, when present, to credit figures inside quotes.
 */
public final class CountStage implements Stage {
    private static final String VERSION = "1";

    private final CountFinder finder = new CountFinder();

    @Override
    public String name() {
        return "counts";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.NLP, Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.COUNTS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.article().text() == null ? "" : document.article().text();
        ClaimantFinder claimants = new ClaimantFinder(text, document.layer(Layers.ENTITIES),
                document.find(Layers.QUOTES).orElse(null));
        BackgroundYears background = new BackgroundYears(document.article().published());
        List<Count> counts = new ArrayList<>();
        for (Sentence sentence : document.layer(Layers.NLP).sentences()) {
            List<Token> tokens = sentence.tokens();
            String previousVictims = null;
            int previousEnd = -1;
            for (CountFinder.Found f : finder.find(tokens)) {
                NumberPhrase n = f.number();
                Span span = new Span(tokens.get(n.first()).start(), tokens.get(n.end() - 1).end());
                String victims = f.victimsEnd() > f.victimsFirst() ? victims(text, tokens, f) : null;
                if (victims == null && previousVictims != null && n.first() - previousEnd <= 6
                        && lower(tokens, n.first() - 1).equals("and")) {
                    victims = previousVictims;
                }
                counts.add(new Count("c" + (counts.size() + 1), f.kind(), n.min(), n.max(),
                        text.substring(span.start(), span.end()), span, victims,
                        claimants.find(sentence, n.head()), new Span(sentence.start(), sentence.end()),
                        background.isHistorical(tokens, n.head())));
                previousVictims = victims;
                previousEnd = Math.max(n.end(), f.victimsEnd()) + 3;
            }
        }
        return document.with(Layers.COUNTS, new CountLayer(counts), provenance(Layers.COUNTS));
    }

    private static String victims(String text, List<Token> tokens, CountFinder.Found f) {
        int first = f.victimsFirst();
        while (first < f.victimsEnd() && (lower(tokens, first).equals("of") || lower(tokens, first).equals("the"))) {
            first++;
        }
        if (first >= f.victimsEnd()) {
            return null;
        }
        return text.substring(tokens.get(first).start(), tokens.get(f.victimsEnd() - 1).end());
    }

    private static String lower(List<Token> tokens, int i) {
        return CountFinder.lower(tokens, i);
    }
}
