package org.eventbase.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Quote;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.Token;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Finds the article's quotations ({@link Layers#QUOTES}): text in “…”, "…" or ‘…’ marks, quotes running over
 * several paragraphs, quotes after a colon; tells direct, partial and scare quotes apart; and attributes each to
 * its speaker's entity, with the reporting verb and the channel ("told Reuters", "wrote on Facebook").
 * A quote paragraph with no attribution right after a quote by X continues X's statement.
 * Example: {@code Ana Berg told Radio Nord: “We stay.”} gives one DIRECT quote by Ana Berg, verb "tell",
 * channel "Radio Nord".
 *
 * <p>Stateless and thread-safe. Odd input gives an empty layer, never an exception.
 */
public final class QuoteStage implements Stage {
    private static final String VERSION = "2";

    private final QuotationMarkScanner scanner = new QuotationMarkScanner();
    private final QuoteKindClassifier kinds = new QuoteKindClassifier();

    @Override
    public String name() {
        return "quotes";
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
        return Set.of(Layers.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.article().text() == null ? "" : document.article().text();
        QuoteLayer layer;
        try {
            layer = extract(text, document.layer(Layers.NLP), document.layer(Layers.ENTITIES));
        } catch (RuntimeException e) {
            layer = new QuoteLayer(List.of());
        }
        return document.with(Layers.QUOTES, layer, provenance(Layers.QUOTES));
    }

    /** The quotes of one article's text, given its NLP and entity layers. */
    public QuoteLayer extract(String text, NlpAnnotation nlp, EntityLayer entities) {
        List<QuotedPassage> passages = scanner.scan(text);
        ArticleTokens tokens = new ArticleTokens(nlp, passages);
        MentionIndex mentions = new MentionIndex(entities);
        AttributionFinder finder = new AttributionFinder(tokens, text, mentions);
        SpeakerResolver resolver = new SpeakerResolver(tokens, text, mentions, finder, passages);
        Map<Integer, Set<String>> speakersBySentence = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        Set<Integer> quoteVerbs = new java.util.HashSet<>();
        for (QuotedPassage passage : passages) {
            int first = tokens.firstAtOrAfter(passage.outer().start());
            int last = tokens.lastBefore(passage.outer().end());
            if (first >= tokens.size() || last < first) {
                continue;
            }
            int sentence = tokens.sentence(first);
            int sentenceStart = tokens.sentenceAt(sentence).start();
            String before = text.substring(Math.min(sentenceStart, passage.outer().start()), passage.outer().start());
            String content = passage.text(text);
            Optional<Attribution> attribution = finder.find(passage);
            boolean reported = hasReportingVerb(tokens, sentence) || hasReportingVerb(tokens, tokens.sentence(last));
            QuoteKind kind = kinds.classify(before, content, attribution.isPresent(), reported,
                    !passage.innerMarks().isEmpty());
            Speaker speaker = attribution.map(a -> resolver.resolve(a, speakersBySentence))
                    .orElse(Speaker.none(Speaker.NO_ATTRIBUTION));
            String continues = null;
            Quote previous = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
            if (attribution.isEmpty() && kind == QuoteKind.DIRECT && previous != null
                    && previous.kind() == QuoteKind.DIRECT && previous.speakerText() != null
                    && followsInStatement(text, previous, passage)) {
                speaker = new Speaker(previous.speakerId(), previous.speakerText(), previous.speakerSpan(),
                        previous.speakerReason());
                continues = previous.continues() != null ? previous.continues() : previous.id();
            }
            if (attribution.isEmpty() && kind == QuoteKind.DIRECT && continues == null) {
                Optional<Speaker> subject = resolver.subjectOfSentenceBefore(passage);
                if (subject.isPresent()) {
                    speaker = subject.get();
                }
            }
            if (kind == QuoteKind.DIRECT) {
                attribution.ifPresent(a -> quoteVerbs.add(a.verbToken()));
            }
            if (speaker.entityId() != null) {
                speakersBySentence.computeIfAbsent(sentence, s -> new LinkedHashSet<>()).add(speaker.entityId());
            }
            String verb = attribution.map(Attribution::verb).orElse(null);
            String channel = attribution.map(Attribution::channel).orElse(null);
            String describes = kind == QuoteKind.DIRECT ? null : finder.describedBy(passage);
            quotes.add(new Quote("q" + (quotes.size() + 1), kind, passage.content(), content, speaker.entityId(),
                    speaker.text(), speaker.span(), speaker.reason(), verb, channel, describes, continues));
        }
        addReportedSpeech(quotes, new IndirectSpeechFinder(tokens, finder).find(quoteVerbs), text, resolver,
                speakersBySentence);
        return new QuoteLayer(quotes);
    }

    /** Adds reported speech among the quotes in text order, renumbering ids and the continuations that use them. */
    private static void addReportedSpeech(List<Quote> quotes, List<IndirectSpeechFinder.ReportedSpeech> reported,
            String text, SpeakerResolver resolver, Map<Integer, Set<String>> speakersBySentence) {
        if (reported.isEmpty()) {
            return;
        }
        List<Quote> all = new ArrayList<>(quotes);
        for (IndirectSpeechFinder.ReportedSpeech r : reported) {
            Speaker speaker = resolver.resolve(r.attribution(), speakersBySentence);
            all.add(new Quote("", QuoteKind.INDIRECT, r.content(),
                    text.substring(r.content().start(), r.content().end()), speaker.entityId(), speaker.text(),
                    speaker.span(), speaker.reason(), r.attribution().verb(), r.attribution().channel(), null, null));
        }
        all.sort((a, b) -> a.span().compareTo(b.span()));
        Map<String, String> renamed = new HashMap<>();
        for (int k = 0; k < all.size(); k++) {
            if (!all.get(k).id().isEmpty()) {
                renamed.put(all.get(k).id(), "q" + (k + 1));
            }
        }
        quotes.clear();
        for (int k = 0; k < all.size(); k++) {
            Quote q = all.get(k);
            quotes.add(new Quote("q" + (k + 1), q.kind(), q.span(), q.text(), q.speakerId(), q.speakerText(),
                    q.speakerSpan(), q.speakerReason(), q.verb(), q.channel(), q.describes(),
                    q.continues() == null ? null : renamed.get(q.continues())));
        }
    }

    private static boolean hasReportingVerb(ArticleTokens tokens, int sentence) {
        for (Token t : tokens.sentenceAt(sentence).tokens()) {
            int i = tokens.firstAtOrAfter(t.start());
            if (tokens.outsideQuotes(i) && t.pos().startsWith("VB")
                    && AttributionFinder.REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code next} goes on with {@code previous}'s statement: it opens a paragraph right after the one
     * {@code previous} is in, or follows it in the same paragraph.
     */
    private static boolean followsInStatement(String text, Quote previous, QuotedPassage next) {
        int from = Math.min(previous.span().end(), next.outer().start());
        String[] lines = text.substring(from, next.outer().start()).split("\n", -1);
        for (int k = 1; k < lines.length - 1; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return lines.length == 1 || lines[lines.length - 1].isBlank();
    }
}
