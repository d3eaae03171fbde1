package org.eventbase.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.TimeLayer;
import org.eventbase.model.TimeRef;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Finds the article's time expressions sentence by sentence and resolves them against its publication date
 * ({@link Layers#TIMES}). Rule-based: patterns find the expressions, {@link RelativeDateResolver} turns them into
 * TIMEX3-style values; no model is loaded. Without a publication date, relative expressions stay unresolved with a
 * reason; the clock of the machine is never used. Example: published 2022-01-06, "Police fired tear gas on
 * Wednesday" gives {@code TimeRef("Wednesday", …, "2022-01-05", DAY, "2022-01-06", true, null)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeStage implements Stage {
    private static final String VERSION = "1";
    static final String NO_ANCHOR = "no publication date to resolve against";

    private final TimeExpressionFinder finder = new TimeExpressionFinder();
    private final RelativeDateResolver resolver = new RelativeDateResolver();

    @Override
    public String name() {
        return "times";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.NLP);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.article().text() == null ? "" : document.article().text();
        TimeLayer layer = extract(text, document.layer(Layers.NLP), document.article().published());
        return document.with(Layers.TIMES, layer, provenance(Layers.TIMES));
    }

    /** The time expressions of {@code text}, resolved against {@code published} (ISO date or date-time, or null). */
    public TimeLayer extract(String text, NlpAnnotation nlp, String published) {
        Optional<LocalDate> anchor = anchorOf(published);
        String unresolvedReason = published == null || published.isBlank() ? NO_ANCHOR
                : "publication date '" + published + "' is not an ISO date";
        List<TimeRef> times = new ArrayList<>();
        for (Sentence sentence : nlp.sentences()) {
            int end = Math.min(sentence.end(), text.length());
            if (sentence.start() >= end) {
                continue;
            }
            for (TimeExpression e : finder.find(text, sentence.start(), end)) {
                boolean future = FutureTense.before(text.subSequence(sentence.start(), e.span().start()));
                resolver.resolve(e, anchor.orElse(null), future)
                        .map(r -> timeRef(e, r, anchor, unresolvedReason))
                        .ifPresent(times::add);
            }
        }
        return new TimeLayer(times);
    }

    private static TimeRef timeRef(TimeExpression e, Resolution r, Optional<LocalDate> anchor, String reason) {
        if (r.value() == null) {
            return new TimeRef(e.text(), e.span(), null, r.precision(), null, false, reason);
        }
        String usedAnchor = r.relative() ? anchor.map(LocalDate::toString).orElse(null) : null;
        return new TimeRef(e.text(), e.span(), r.value(), r.precision(), usedAnchor, true, null);
    }

    static Optional<LocalDate> anchorOf(String published) {
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
