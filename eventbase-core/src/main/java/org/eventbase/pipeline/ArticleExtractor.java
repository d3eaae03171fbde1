package org.eventbase.pipeline;

import java.util.List;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.clean.CleanedArticle;
import org.eventbase.count.CountStage;
import org.eventbase.entity.EntityStage;
import org.eventbase.event.EventStage;
import org.eventbase.geo.PlaceStage;
import org.eventbase.lang.LanguageGuess;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.quote.QuoteStage;
import org.eventbase.time.TimeStage;

/**
 * Turns one raw article into a {@link Document} with every layer: clean, check the language, then run the stages.
 * Thread-safe; build it once and share it. Example:
 * {@code ArticleExtractor.standard().extract(raw, ArticleMetadata.EMPTY).layer(Layers.ENTITIES)}.
 */
public final class ArticleExtractor {
    /** Longest clean text one article may have: about 150,000 words, far beyond any news article. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Longest plain-text input cleaned at all: twice {@link #MAX_TEXT_CHARS}. */
    private static final int MAX_RAW_TEXT_CHARS = 2 * MAX_TEXT_CHARS;

    private final ArticleCleaner cleaner;
    private final LanguageIdentifier languages;
    private final Pipeline pipeline;

    public ArticleExtractor(ArticleCleaner cleaner, LanguageIdentifier languages, Pipeline pipeline) {
        this.cleaner = cleaner;
        this.languages = languages;
        this.pipeline = pipeline;
    }

    /** The full pipeline with the shared, once-per-JVM NLP models. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(),
                Pipeline.of(List.of(CoreNlpStage.shared(), new EntityStage(), new PlaceStage(), new TimeStage(),
                        new QuoteStage(), new CountStage(), new EventStage())));
    }

    /**
     * Extracts everything from {@code raw}. {@code overrides} (e.g. a publication date given on the command line)
     * win over metadata in the input, which wins over metadata found while cleaning.
     *
     * @throws InputException when the input holds no article text or is not in a supported language
     */
    public Document extract(RawArticle raw, ArticleMetadata overrides) {
        Article article = articleOf(raw, overrides);
        return pipeline.run(Document.of(article));
    }

    /** Cleans and identifies the article without running the NLP stages. */
    public Article articleOf(RawArticle raw, ArticleMetadata overrides) {
        if (raw.format() == ContentFormat.TEXT && raw.content() != null
                && raw.content().length() > MAX_RAW_TEXT_CHARS) {
            // Cleaning cannot shrink plain text this much; refuse before spending minutes on it.
            throw new InputException(raw.input(), String.format(java.util.Locale.ROOT,
                    "the article text is %,d characters, more than the %,d one article may have "
                            + "(NLP memory grows with it); split the file into articles, e.g. as JSON Lines",
                    raw.content().length(), MAX_TEXT_CHARS));
        }
        CleanedArticle cleaned = cleaner.clean(raw);
        if (cleaned.text().length() > MAX_TEXT_CHARS) {
            throw new InputException(raw.input(), String.format(java.util.Locale.ROOT,
                    "the article text is %,d characters after cleaning, more than the %,d one article may have "
                            + "(NLP memory grows with it); split the file into articles, e.g. as JSON Lines",
                    cleaned.text().length(), MAX_TEXT_CHARS));
        }
        LanguageGuess language = languages.identify(cleaned.text());
        if (!language.isEnglish() && !"und".equals(language.code())) {
            throw new InputException(raw.input(), "the text is in " + language.name() + " (" + language.code()
                    + "); only English is supported yet");
        }
        ArticleMetadata found = new ArticleMetadata(cleaned.title(), null, null, null, null, null)
                .orElse(cleaned.found());
        ArticleMetadata meta = (overrides == null ? ArticleMetadata.EMPTY : overrides)
                .orElse(raw.metadata())
                .orElse(found);
        String text = cleaned.text();
        return new Article(
                ArticleIds.of(text, meta.url()),
                raw.input(),
                meta.url(),
                meta.title(),
                meta.byline(),
                meta.publisher(),
                meta.syndicator(),
                meta.published(),
                language.isEnglish() ? "en" : language.code(),
                text,
                cleaned.sourceMap());
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}
