/**
 * The times stage: finds time expressions ("on Wednesday", "last week", "December 2011") and resolves them
 * against the article's publication date. {@link org.eventbase.time.TimeStage} is the only public type; behind it,
 * package-private, a pattern finder, a future-tense check for the sentence, and the relative-date resolver.
 */
package org.eventbase.time;
