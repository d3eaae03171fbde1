package org.eventbase.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventbase.bench.corpus.GeneratedArticle;
import org.eventbase.bench.corpus.NewsCorpusGenerator;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.InputException;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Pipeline;

/**
 * The articles a benchmark runs on, read through Eventbase's own readers: either a folder a user names, or the
 * generated corpus written to a folder first. Inputs Eventbase refuses (unreadable, empty, not English) are left out
 * and counted, so both pipelines see exactly the same articles.
 * Example: {@code BenchCorpus.generated(Path.of("target/bench-corpus"), 42, 120).articles().size()} is 120.
 */
public record BenchCorpus(String description, List<BenchArticle> articles, List<String> skipped) {
    public BenchCorpus {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    /** Writes {@code count} generated articles to {@code dir} (replacing earlier ones) and reads them back. */
    public static BenchCorpus generated(Path dir, long seed, int count) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path file : old.filter(p -> p.getFileName().toString().startsWith("bench-")).toList()) {
                    Files.delete(file);
                }
            }
            for (GeneratedArticle article : new NewsCorpusGenerator(seed).generate(count)) {
                Files.writeString(dir.resolve(article.fileName()), article.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus to " + dir, e);
        }
        BenchCorpus read = fromDirectory(dir);
        return new BenchCorpus(count + " generated articles (seed " + seed + ") in " + dir, read.articles,
                read.skipped);
    }

    /** Every article Eventbase accepts in {@code dir}, in sorted path order. */
    public static BenchCorpus fromDirectory(Path dir) {
        ArticleExtractor cleanOnly = new ArticleExtractor(new ArticleCleaner(), LanguageIdentifier.shared(),
                Pipeline.of(List.of()));
        List<BenchArticle> articles = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(dir)) {
            results.forEach(result -> {
                if (result instanceof ReadResult.Failed failed) {
                    skipped.add(failed.message());
                    return;
                }
                ReadResult.Ok ok = (ReadResult.Ok) result;
                try {
                    String text = cleanOnly.articleOf(ok.article(), ArticleMetadata.EMPTY).text();
                    if (text.isBlank()) {
                        skipped.add(ok.input() + ": no article text after cleaning");
                    } else {
                        articles.add(new BenchArticle(ok.article(), text));
                    }
                } catch (InputException e) {
                    skipped.add(e.getMessage());
                }
            });
        }
        return new BenchCorpus(articles.size() + " articles from " + dir, articles, skipped);
    }

    public long characters() {
        return articles.stream().mapToLong(a -> a.cleanText().length()).sum();
    }

    public long words() {
        return articles.stream().mapToLong(a -> a.cleanText().split("\\s+").length).sum();
    }
}
