package org.eventbase.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A plain-text input far above an article's size is refused before cleaning, which would take minutes on it. */
class ArticleSizeLimitTest {
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void refusesFifteenMillionCharactersOfTextWithoutCleaningThem() {
        ArticleExtractor extractor = new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(),
                Pipeline.of(List.of()));
        RawArticle huge = new RawArticle("huge.json:1", ContentFormat.TEXT, "word ".repeat(3_000_000), null);

        assertThatThrownBy(() -> extractor.articleOf(huge, ArticleMetadata.EMPTY))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("huge.json:1")
                .hasMessageContaining("15,000,000 characters, more than the 1,000,000 one article may have");
    }
}
