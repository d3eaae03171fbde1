/**
 * The cleaning stage: from a raw article (plain text or an HTML page) to its title, clean body text, a map back to
 * raw offsets, the metadata found on the way, and a record of everything dropped and why.
 * Example: {@code new ArticleCleaner().clean(raw).text()} is the body, paragraphs separated by one blank line.
 *
 * <p>Text inputs are judged line by line ({@link org.eventbase.clean.CruftLineClassifier}, credit lines,
 * teaser and headline context); HTML pages lose boilerplate elements, then their main container is found
 * readability-style and its paragraphs go through the same line filter. Names glued to the next word by markup
 * stripping are split when the document itself supports the split.
 */
package org.eventbase.clean;
