package org.eventbase.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eventbase.bench.corpus.GeneratedArticle;
import org.eventbase.bench.corpus.NewsCorpusGenerator;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus goes through Eventbase's readers, cleaner and language check (no NLP models: kept fast). */
class GeneratedCorpusAcceptanceTest {
    private final ArticleExtractor cleanOnly = new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(),
            Pipeline.of(List.of()));

    @TempDir
    Path dir;

    @Test
    void generatedArticlesAreAcceptedAsEnglishWithTheirTextAfterCleaning() {
        NewsCorpusGenerator generator = new NewsCorpusGenerator(42);
        for (int i : new int[] {0, 17, 58, 99}) {
            GeneratedArticle generated = generator.article(i);
            RawArticle raw = new RawArticle(generated.fileName(), ContentFormat.TEXT, generated.text(), null);
            Article article = cleanOnly.articleOf(raw, ArticleMetadata.EMPTY);
            assertThat(article.language()).isEqualTo("en");
            assertThat(article.title()).isEqualTo(generated.title());
            assertThat(article.text().split("\\s+").length).as(generated.fileName())
                    .isGreaterThan(generated.words() * 9 / 10);
        }
    }

    @Test
    void generatedCorpusIsWrittenAndReadBackWithNothingLeftOut() {
        BenchCorpus corpus = BenchCorpus.generated(dir, 42, 6);
        assertThat(corpus.articles()).hasSize(6);
        assertThat(corpus.skipped()).isEmpty();
        assertThat(corpus.articles()).allSatisfy(a -> assertThat(a.cleanText()).isNotBlank());
        assertThat(BenchCorpus.generated(dir, 42, 3).articles()).as("a smaller corpus replaces the larger").hasSize(3);
    }
}
