package org.eventbase.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eventbase.claim.ClaimantFinder;
import org.eventbase.count.BackgroundYears;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventPlace;
import org.eventbase.model.EventTime;
import org.eventbase.model.EventType;
import org.eventbase.model.Mention;
import org.eventbase.model.Sentence;
import org.eventbase.model.Span;
import org.eventbase.model.TimePrecision;
import org.eventbase.model.Token;
import org.eventbase.nlp.DependencyGraph;

/**
 * Codes the triggers of one parsed sentence into events: actors ({@link Arguments}, {@link ActorKinds}), modality,
 * place and time ({@link EventSetting}) limited to the trigger's clause, the counts of that clause, the claimant,
 * the ACLED category and a confidence. One instance per document.
 * Example: {@code coder.code(sentence, SentenceParser.shared().parse(sentence), lexicon.find(sentence.tokens()))}.
 */
final class SentenceCoder {
    private static final Set<String> ACTOR_PARTS = Set.of("compound", "amod", "det", "flat", "nmod:poss", "nummod",
            "conj", "cc", "case", "nmod:npmod", "fixed");
    private final String text;
    private final List<Entity> entities;
    private final CountLayer counts;
    private final EventSetting setting;
    private final ClaimantFinder claimants;
    private final BackgroundYears background;
    private final Integer publicationYear;

    SentenceCoder(String text, List<Entity> entities, CountLayer counts, EventSetting setting,
            ClaimantFinder claimants, BackgroundYears background, String published) {
        this.text = text;
        this.entities = entities;
        this.counts = counts;
        this.setting = setting;
        this.claimants = claimants;
        this.background = background;
        this.publicationYear = BackgroundYears.yearOf(published).orElse(null);
    }

    List<Event> code(Sentence sentence, DependencyGraph graph, List<Trigger> triggers) {
        List<Token> tokens = sentence.tokens();
        Set<Integer> timeTokens = new HashSet<>();
        Set<Integer> placeTokens = new HashSet<>();
        for (Token t : tokens) {
            if (t.text().matches("(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day('s)?|(18|19|20)\\d\\d")) {
                timeTokens.add(t.index());
            }
            if (entityAt(t.start(), t.end(), EntityKind.GPE) != null
                    || entityAt(t.start(), t.end(), EntityKind.LOCATION) != null) {
                placeTokens.add(t.index());
            }
        }
        List<Event> events = new ArrayList<>();
        for (Trigger trigger : triggers) {
            if (!trigger.verb() && !Arguments.nounStatesEvent(graph, tokens, trigger.head(), timeTokens,
                    placeTokens)) {
                continue;
            }
            events.add(event(sentence, graph, trigger, triggers));
        }
        return EventMerger.mergeClauses(events, graph, triggers, tokens);
    }

    /**
     * Whether a count of the sentence belongs to this trigger's event: it does when the trigger's clause holds
     * it, or when no trigger's clause does (then every violent event of the sentence shares it).
     */
    private static boolean belongs(DependencyGraph graph, List<Token> tokens, Count count, Trigger trigger,
            List<Trigger> triggers) {
        int number = -1;
        for (Token t : tokens) {
            if (t.start() <= count.span().start() && count.span().start() < t.end()) {
                number = t.index();
            }
        }
        if (number < 0) {
            return false;
        }
        int own = clauseOf(graph, tokens, trigger.head());
        if (own >= 0 && graph.dominates(own, number)) {
            int closest = own;
            for (Trigger other : triggers) {
                int clause = clauseOf(graph, tokens, other.head());
                if (clause >= 0 && clause != own && graph.dominates(own, clause)
                        && graph.dominates(clause, number)) {
                    closest = clause;
                }
            }
            return closest == own;
        }
        for (Trigger other : triggers) {
            int clause = clauseOf(graph, tokens, other.head());
            if (clause >= 0 && graph.dominates(clause, number)) {
                return false;
            }
        }
        return true;
    }

    private Event event(Sentence sentence, DependencyGraph graph, Trigger trigger, List<Trigger> triggers) {
        List<Token> tokens = sentence.tokens();
        Arguments.Heads heads = Arguments.of(graph, tokens, trigger);
        List<EventActor> sources = actor(graph, tokens, heads.source());
        List<EventActor> targets = actor(graph, tokens, heads.target());
        Token first = tokens.get(trigger.first());
        Token last = tokens.get(trigger.end() - 1);
        Span triggerSpan = new Span(first.start(), last.end());
        int clause = clauseOf(graph, tokens, trigger.head());
        Predicate<Span> inClause = span -> inClauseOrAbove(graph, tokens, clause, span);
        EventTime time = setting.time(sentence, first.start(), inClause);
        int backgroundYear = backgroundYearInClause(graph, tokens, trigger.head());
        boolean historical = backgroundYear >= 0 || time != null && time.text() != null
                && publicationYear != null && BackgroundYears.yearOf(time.value()).map(y -> y <= publicationYear - 2)
                .orElse(false);
        if (backgroundYear >= 0 && (time == null || time.text() == null
                || !BackgroundYears.yearOf(time.value()).map(y -> y <= publicationYear - 2).orElse(false))) {
            Token year = tokens.get(backgroundYear);
            time = new EventTime(year.text(), year.text(), TimePrecision.YEAR, new Span(year.start(), year.end()));
        }
        EventModality modality = Modality.of(graph, tokens, trigger, historical);
        EventPlace place = setting.place(sentence, first.start(), inClause);
        List<String> countIds = new ArrayList<>();
        boolean lethal = false;
        if (trigger.type() == EventType.ASSAULT || trigger.type() == EventType.COERCE
                || trigger.type() == EventType.PROTEST) {
            for (Count c : counts.counts()) {
                if (c.evidence().start() == sentence.start() && belongs(graph, tokens, c, trigger, triggers)) {
                    countIds.add(c.id());
                    lethal |= c.kind() == CountKind.KILLED;
                }
            }
        }
        double confidence = 0.45 + (sources.isEmpty() ? 0 : 0.2) + (targets.isEmpty() ? 0 : 0.1)
                + (place == null ? 0 : 0.1) + (time != null && time.text() != null ? 0.05 : 0)
                + (trigger.verb() ? 0.05 : 0) - (modality.reported() ? 0.15 : 0);
        return new Event(null, trigger.type(), trigger.mode(),
                AcledMapping.of(trigger.type(), trigger.mode(), sources, targets, lethal),
                text.substring(triggerSpan.start(), triggerSpan.end()), triggerSpan, sources, targets, place,
                time, countIds, modality, claimants.find(sentence, trigger.head()),
                Math.round(Math.min(0.95, confidence) * 100) / 100.0,
                List.of(new Span(sentence.start(), sentence.end())));
    }

    /** A background year in the trigger's own clause ("in 2019" of "who crushed an uprising in 2019"). */
    private int backgroundYearInClause(DependencyGraph graph, List<Token> tokens, int trigger) {
        int year = background.backgroundYearNear(tokens, trigger);
        if (year < 0) {
            return -1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (background.isBackgroundYear(tokens, i)
                    && clauseOf(graph, tokens, i) == clauseOf(graph, tokens, trigger)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the words at {@code span} belong to the clause headed by {@code clause} or to a clause above
     * it ("On Wednesday, police said protesters stormed …" dates the storming), not to a clause beside or
     * below it ("…, who crushed an uprising in 2019").
     */
    private static boolean inClauseOrAbove(DependencyGraph graph, List<Token> tokens, int clause, Span span) {
        if (clause < 0) {
            return true;
        }
        for (Token t : tokens) {
            if (t.start() <= span.start() && span.start() < t.end()) {
                int own = clauseOf(graph, tokens, t.index());
                return own < 0 || graph.dominates(own, clause);
            }
        }
        return true;
    }

    /** The verb heading the clause of {@code token} (the token itself when it is a verb), or -1. */
    private static int clauseOf(DependencyGraph graph, List<Token> tokens, int token) {
        int current = token;
        for (int steps = 0; current >= 0 && steps < tokens.size(); steps++) {
            if (tokens.get(current).pos().startsWith("VB")) {
                return current;
            }
            current = graph.head(current);
        }
        return -1;
    }

    /** The actor phrase around {@code head}: its compounds, modifiers, determiners and coordinated nouns. */
    private List<EventActor> actor(DependencyGraph graph, List<Token> tokens, int head) {
        if (head < 0 || head >= tokens.size()) {
            return List.of();
        }
        int[] range = {head, head};
        widen(graph, head, range, 0);
        for (int of : graph.children(head, "nmod")) {
            if (Arguments.caseOf(graph, tokens, of).equals("of") && of > head) {
                range[1] = Math.max(range[1], of);
                widen(graph, of, range, 1);
            }
        }
        Span span = new Span(tokens.get(range[0]).start(), tokens.get(range[1]).end());
        Token headToken = tokens.get(head);
        Entity entity = entityAt(headToken.start(), headToken.end(), null);
        String phrase = text.substring(span.start(), span.end());
        if (entity == null) {
            for (int appos : graph.children(head, "appos")) {
                Token a = tokens.get(appos);
                Entity named = entityAt(a.start(), a.end(), null);
                if (named != null) {
                    entity = named;
                    Mention m = mentionAt(named, a);
                    if (m != null) {
                        span = m.span();
                        phrase = m.text();
                    }
                }
            }
        }
        if (entity != null && entity.kind() == EntityKind.PERSON) {
            Mention named = mentionAt(entity, headToken);
            if (named != null) {
                span = named.span();
                phrase = named.text();
            }
        }
        if (entity == null && headToken.pos().equals("PRP")) {
            entity = personBefore(headToken.start());
        }
        return List.of(new EventActor(phrase, entity == null ? null : entity.id(), span,
                ActorKinds.of(entity != null && headToken.pos().equals("PRP") ? entity.name() : phrase,
                        entity)));
    }

    private void widen(DependencyGraph graph, int node, int[] range, int depth) {
        if (depth > 4) {
            return;
        }
        for (var d : graph.out(node)) {
            if (ACTOR_PARTS.contains(d.relation()) && !(d.relation().equals("case") && depth == 0)) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent());
                widen(graph, d.dependent(), range, depth + 1);
            }
        }
    }

    private Entity entityAt(int start, int end, EntityKind kind) {
        for (Entity e : entities) {
            if (kind != null && e.kind() != kind) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < end && start < m.end()) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Mention mentionAt(Entity entity, Token token) {
        for (Mention m : entity.mentions()) {
            if (m.start() < token.end() && token.start() < m.end()) {
                return m;
            }
        }
        return null;
    }

    private Entity personBefore(int offset) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (e.kind() == EntityKind.PERSON && m.end() <= offset && m.start() > bestStart) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }
}
