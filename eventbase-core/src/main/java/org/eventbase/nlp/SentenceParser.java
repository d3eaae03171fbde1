package org.eventbase.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Dependency-parses single sentences on demand with CoreNLP's neural dependency parser (English UD model), reusing
 * the tokens and part-of-speech tags the NLP stage already made. Only stages that need a parse call it, and only
 * for the sentences that need one (the events stage parses sentences holding a trigger word), so an article pays
 * for a few parses, not for all of them. Example:
 * {@code SentenceParser.shared().parse(sentence).children(triggerIndex, "nsubj")}.
 *
 * <p>The model loads once per JVM on the first call to {@link #shared()} (about a second, 14 MB); {@link #parse}
 * is thread-safe.
 */
public final class SentenceParser {
    /** Longer sentences are not parsed: the cost grows with length and such "sentences" are lists or cruft. */
    public static final int MAX_TOKENS = 120;

    private final DependencyParser parser;
    private final java.util.concurrent.atomic.LongAdder parsed = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder parseNanos = new java.util.concurrent.atomic.LongAdder();

    private SentenceParser() {
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    }

    /** The one instance per JVM, loaded on first use. */
    public static SentenceParser shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SentenceParser INSTANCE = new SentenceParser();
    }

    /** How many sentences this JVM has parsed so far (for cost reports such as {@code eventbase bench}). */
    public long parsedSentences() {
        return parsed.sum();
    }

    /** Total time spent parsing so far, in nanoseconds. */
    public long parseNanos() {
        return parseNanos.sum();
    }

    /** The basic dependencies of {@code sentence}; an empty graph for an empty or over-long sentence. */
    public DependencyGraph parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            return new DependencyGraph(tokens.size(), List.of());
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setValue(t.text());
            label.setOriginalText(t.text());
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setIndex(t.index() + 1);
            labels.add(label);
        }
        long started = System.nanoTime();
        GrammaticalStructure structure = parser.predict(labels);
        parseNanos.add(System.nanoTime() - started);
        parsed.increment();
        List<Dependency> dependencies = new ArrayList<>();
        for (TypedDependency d : structure.typedDependencies()) {
            int governor = d.gov().index() - 1;
            int dependent = d.dep().index() - 1;
            if (dependent >= 0 && dependent < tokens.size()) {
                dependencies.add(new Dependency(governor, dependent, d.reln().toString()));
            }
        }
        return new DependencyGraph(tokens.size(), dependencies);
    }
}
