/**
 * Ingest: reads the files a user names into {@link org.eventbase.model.RawArticle}s, one per text or HTML file
 * or JSON Lines line. Readers only decode and identify: the format from the content (HTML, JSON Lines, plain
 * text; gzip by its magic bytes), the encoding from a BOM, a declared HTML charset, or the bytes (UTF-8, else
 * Windows-1252). They never strip or parse HTML and never split a title from text; that is the cleaner's job.
 * Problems with the input come out as {@link org.eventbase.ingest.ReadResult.Failed} results, never as
 * exceptions. Entry point: {@link org.eventbase.ingest.ArticleInputs}, for example
 * {@code new ArticleInputs(ReadLimits.defaults()).read(Path.of("news/"))}.
 */
package org.eventbase.ingest;
