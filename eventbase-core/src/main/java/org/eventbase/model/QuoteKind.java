package org.eventbase.model;

/**
 * How a quotation sits in its sentence. Example: {@code “We will stay,” she said.} is {@link #DIRECT};
 * {@code he called the march “a provocation”} is {@link #PARTIAL}; {@code sent ‘stabilisation troops’} is
 * {@link #SCARE}.
 */
public enum QuoteKind {
    /** A full statement of one sentence or more, or the whole object of a reporting verb. */
    DIRECT,
    /** Quoted words embedded in a sentence that is not itself quoted. */
    PARTIAL,
    /** One to three quoted words that no one is reported as saying: a term held at a distance. */
    SCARE,
    /** Reported speech without quotation marks: "she said that …", "nine died, the police said". */
    INDIRECT
}
