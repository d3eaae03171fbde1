package org.eventbase.eval.ner;

import java.util.List;

/**
 * The outcome of a NER run: how much was read and each system's score, in the order the systems were given.
 * Example: {@code report.systems().get(0).score().overall().f1()}.
 */
public record NerReport(int documents, int sentences, int tokens, List<SystemScore> systems) {
    public NerReport {
        systems = List.copyOf(systems);
    }
}
