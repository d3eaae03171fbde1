package org.eventbase.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsCorpusGeneratorTest {
    @Test
    void sameSeedGivesTheSameArticlesWordForWord() {
        assertThat(new NewsCorpusGenerator(42).generate(20)).isEqualTo(new NewsCorpusGenerator(42).generate(20));
    }

    @Test
    void anArticleDoesNotDependOnHowManyAreGenerated() {
        assertThat(new NewsCorpusGenerator(7).generate(30).get(12)).isEqualTo(new NewsCorpusGenerator(7).article(12));
    }

    @Test
    void differentSeedsGiveDifferentArticles() {
        assertThat(new NewsCorpusGenerator(1).article(0).text()).isNotEqualTo(new NewsCorpusGenerator(2).article(0).text());
    }

    @Test
    void hundredArticlesAreDistinctWithDistinctFileNames() {
        List<GeneratedArticle> articles = new NewsCorpusGenerator(42).generate(120);
        Set<String> texts = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> titles = new HashSet<>();
        articles.forEach(a -> {
            texts.add(a.text());
            names.add(a.fileName());
            titles.add(a.title());
        });
        assertThat(texts).hasSize(120);
        assertThat(names).hasSize(120);
        assertThat(titles.size()).as("headlines vary too").isGreaterThan(60);
    }

    @Test
    void articlesAreBetween300And900WordsAndVaryInLength() {
        List<GeneratedArticle> articles = new NewsCorpusGenerator(42).generate(120);
        assertThat(articles).allSatisfy(a -> assertThat(a.words()).isBetween(NewsCorpusGenerator.MIN_WORDS,
                NewsCorpusGenerator.MAX_WORDS));
        int shortest = articles.stream().mapToInt(GeneratedArticle::words).min().orElseThrow();
        int longest = articles.stream().mapToInt(GeneratedArticle::words).max().orElseThrow();
        assertThat(longest - shortest).isGreaterThan(300);
    }

    @Test
    void everyPlaceholderIsFilled() {
        assertThat(new NewsCorpusGenerator(42).generate(120))
                .allSatisfy(a -> assertThat(a.text()).doesNotContain("{", "}", "\u0000"));
    }

    @Test
    void articlesReadAsNewsWithHeadlineDatelineAndParagraphs() {
        GeneratedArticle article = new NewsCorpusGenerator(42).article(3);
        assertThat(article.text()).startsWith(article.title() + "\n\n");
        assertThat(article.body()).containsPattern("^[A-Z .-]+, [A-Z][a-z]+ \\d+ \u2014 [A-Z]");
        assertThat(article.body().split("\n\n")).hasSizeGreaterThan(5);
    }
}
