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
import org.eventbase.nlp.Dependency;
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
    /**
     * Speech acts, state measures and retreats (a release, a resignation, a withdrawal): where they were said or
     * decided is not the news, so they keep a place only when their own sentence names one, never the article's
     * setting.
     */
    private static final Set<EventType> SAYINGS = Set.of(EventType.ACCUSE, EventType.REJECT, EventType.REQUEST,
            EventType.THREATEN, EventType.SUPPORT, EventType.SANCTION, EventType.AGREE, EventType.CONSULT,
            EventType.COOPERATE, EventType.RETREAT);
    /** Nouns naming a site or an area: a place modifying one of them locates it. */
    private static final Set<String> SITES = Set.of("market", "bazaar", "court", "courthouse", "terminal",
            "station", "crossing", "border", "airport", "port", "harbour", "harbor", "pier", "square", "club",
            "hospital", "camp", "prison", "jail", "university", "campus", "school", "mosque", "church", "temple",
            "bridge", "road", "highway", "stadium", "building", "headquarters", "hall", "palace", "district",
            "province", "county", "region", "neighbourhood", "neighborhood", "suburb", "village", "town", "city",
            "centre", "center", "mall", "factory", "mine", "base", "checkpoint", "office", "embassy", "consulate",
            "parliament", "refinery", "plant", "depot");
    private final String text;
    private final List<Entity> entities;
    private final CountLayer counts;
    private final EventSetting setting;
    private final ClaimantFinder claimants;
    private final BackgroundYears background;
    private final Integer publicationYear;
    private final Set<Span> anaphoric = new HashSet<>();

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

    /**
     * Trigger spans of the events coded so far that are definite nouns referring back to an event ("the march",
     * "Monday's rally", "these protests"): they restate an event told before rather than tell a new one.
     */
    Set<Span> anaphoricTriggers() {
        return Set.copyOf(anaphoric);
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
        for (Trigger found : triggers) {
            Trigger trigger = strikeWithObject(graph, tokens, found);
            if (!trigger.verb() && !Arguments.nounStatesEvent(graph, tokens, trigger.head(), timeTokens,
                    placeTokens)) {
                continue;
            }
            Event event = event(sentence, graph, trigger, triggers);
            if (!trigger.verb() && definite(graph, tokens, trigger.head())) {
                anaphoric.add(event.triggerSpan());
            }
            events.add(event);
        }
        return EventMerger.mergeClauses(events, graph, triggers, tokens);
    }

    /**
     * The verb "strike" with an object hits something ("drones struck rebel positions": ASSAULT, aerial when an
     * aircraft does it); only without one is it a labour strike ("dockers struck on Monday").
     */
    private static Trigger strikeWithObject(DependencyGraph graph, List<Token> tokens, Trigger trigger) {
        if (!trigger.verb() || !"strike".equals(trigger.mode())
                || !"strike".equalsIgnoreCase(tokens.get(trigger.head()).lemma())
                || graph.children(trigger.head(), "obj").isEmpty()) {
            return trigger;
        }
        boolean aerial = graph.children(trigger.head(), "nsubj").stream().anyMatch(s -> Arguments.lower(tokens, s)
                .matches("drones?|jets?|aircraft|planes?|warplanes?|helicopters?|missiles?"));
        return new Trigger(trigger.first(), trigger.end(), EventType.ASSAULT, aerial ? "aerial" : "attack", true);
    }

    /** A noun with a definite determiner or a possessor: "the march", "these strikes", "Monday's rally". */
    static boolean definite(DependencyGraph graph, List<Token> tokens, int noun) {
        for (int det : graph.children(noun, "det")) {
            if (Set.of("the", "this", "that", "these", "those").contains(Arguments.lower(tokens, det))) {
                return true;
            }
        }
        return !graph.children(noun, "nmod:poss").isEmpty();
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
        EventTime time = setting.time(sentence, first.start(),
                inClause.or(span -> inClauseBelow(graph, tokens, clause, span)));
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
        // A place inside the target may still say where when it names the target's site ("closed the Desaguadero
        // border crossing", "attacked the Kibuye market").
        Predicate<Span> where = span -> inClause.test(span) && !within(sources, span)
                && (!within(targets, span) || namesSite(graph, tokens, span)) && !modifiesNoun(graph, tokens, span);
        // History, plans, threats, conditions and events said not to have happened have no place but their own.
        EventPlace place = modality.historical() || modality.hypothetical() || modality.negated()
                || SAYINGS.contains(trigger.type())
                ? setting.placeInSentence(sentence, first.start(), where)
                : setting.place(sentence, first.start(), where, jurisdiction(trigger, sources));
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

    /**
     * Where a state of emergency, curfew or ban with no place of its own applies: a place named in its source
     * ("Pernambuco's governor declared a state of emergency" → Pernambuco); null for other events.
     */
    private static Predicate<Span> jurisdiction(Trigger trigger, List<EventActor> sources) {
        boolean measure = trigger.type() == EventType.COERCE
                && ("emergency".equals(trigger.mode()) || "restrict".equals(trigger.mode()));
        return measure && !sources.isEmpty() ? span -> within(sources, span) : null;
    }

    private static boolean within(List<EventActor> actors, Span span) {
        return actors.stream().anyMatch(a -> a.span() != null && a.span().contains(span));
    }

    /**
     * True when the place at {@code span} modifies a noun rather than says where ("North Sumatra police", "the
     * Kisumu County health department"): its head hangs from a word outside it as a compound or a possessor. A
     * place that modifies a site still says where ("Quetta's main bus terminal", "at a Kisumu court", "the
     * Desaguadero border crossing", "Pishin district").
     */
    private static boolean modifiesNoun(DependencyGraph graph, List<Token> tokens, Span span) {
        Dependency in = outgoing(graph, tokens, span);
        return in != null && (in.relation().equals("compound") || in.relation().equals("nmod:poss"))
                && !SITES.contains(lemma(tokens.get(in.governor())));
    }

    /** True when the place at {@code span} modifies a site noun ("the Desaguadero border crossing"). */
    private static boolean namesSite(DependencyGraph graph, List<Token> tokens, Span span) {
        Dependency in = outgoing(graph, tokens, span);
        return in != null && (in.relation().equals("compound") || in.relation().equals("nmod:poss"))
                && SITES.contains(lemma(tokens.get(in.governor())));
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
    }

    /** The dependency by which the words at {@code span} hang from a word outside them, or null. */
    private static Dependency outgoing(DependencyGraph graph, List<Token> tokens, Span span) {
        for (Token t : tokens) {
            if (t.start() < span.start() || t.end() > span.end()) {
                continue;
            }
            Dependency in = graph.in(t.index());
            if (in == null || in.governor() < 0) {
                continue;
            }
            Token governor = tokens.get(in.governor());
            boolean outside = governor.start() < span.start() || governor.end() > span.end();
            if (outside) {
                return in;
            }
        }
        return null;
    }

    /**
     * True when the words at {@code span} sit below the trigger's clause without passing through a relative
     * clause ("fired tear gas to break up a rally on Monday" dates the firing; "…, who marched in 2019" does not).
     */
    private static boolean inClauseBelow(DependencyGraph graph, List<Token> tokens, int clause, Span span) {
        if (clause < 0) {
            return false;
        }
        for (Token t : tokens) {
            if (t.start() <= span.start() && span.start() < t.end()) {
                int current = t.index();
                for (int steps = 0; current >= 0 && steps < tokens.size(); steps++) {
                    if (current == clause) {
                        return true;
                    }
                    Dependency in = graph.in(current);
                    if (in == null || in.relation().startsWith("acl") || in.relation().equals("parataxis")) {
                        return false;
                    }
                    current = in.governor();
                }
                return false;
            }
        }
        return false;
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
    private List<EventActor> actor(DependencyGraph graph, List<Token> tokens, int argument) {
        int head = outOfDateline(graph, tokens, argument);
        if (head < 0 || head >= tokens.size() || Arguments.TIME_WORDS.contains(Arguments.lower(tokens, head))
                || tokens.get(head).pos().equals("PRP$")) {
            // "Monday's rally" names when, not who; "its call" names no one without coreference.
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
        int afterDateline = Dateline.firstTokenAfter(text, tokens);
        if (head >= afterDateline) {
            // "LIMA, March 12 (APW) - Dockworkers …": the dateline is the wire's heading, not part of the actor.
            range[0] = Math.max(range[0], afterDateline);
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

    /**
     * The parser sometimes makes a wire dateline the head of the sentence's first noun phrase ("KANO, May 6 (XNA) -
     * Eight police officers were killed": subject KANO); the actor is then the first noun after the dateline that
     * hangs from it.
     */
    private int outOfDateline(DependencyGraph graph, List<Token> tokens, int head) {
        int after = Dateline.firstTokenAfter(text, tokens);
        if (head < 0 || after <= 0 || head >= after) {
            return head;
        }
        for (int j = after; j < tokens.size(); j++) {
            int governor = graph.head(j);
            if (governor >= 0 && governor < after && tokens.get(j).pos().matches("NNS?|PRP")) {
                return j;
            }
        }
        return head;
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
