package org.eventbase.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.clean.ExtractionScore;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Pipeline;

/**
 * Scores main-text extraction on a folder of pages against their gold bodies. Each page goes the way a user's page
 * goes: {@link ArticleInputs} reads and decodes it, {@link ArticleCleaner} cleans it. A page that fails to read or
 * clean is scored as an empty prediction and its reason kept. The cleaner is scored on every page, as the benchmark
 * scores extractors; a second score applies the English-only check a user's run makes after cleaning, so pages it
 * refuses count as empty there.
 * Example: {@code new ExtractionEvaluation().evaluate(Path.of("html"), ExtractionGroundTruth.read(gt)).score().f1()}.
 */
public final class ExtractionEvaluation {
    private final ArticleInputs reader = new ArticleInputs(ReadLimits.defaults());
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ArticleExtractor cleaning = new ArticleExtractor(cleaner, LanguageIdentifier.shared(), Pipeline.of());

    /**
     * @throws InputException when the folder is missing, a gold id has no page, or a page has no gold entry
     */
    public ExtractionReport evaluate(Path htmlDir, List<GoldArticle> gold) {
        checkEveryPageHasGold(htmlDir, gold);
        List<ExtractionScore.Pair> pairs = new ArrayList<>();
        List<ExtractionScore.Pair> userPairs = new ArrayList<>();
        List<PageResult> pages = new ArrayList<>();
        for (GoldArticle article : gold) {
            Path page = pageOf(htmlDir, article.id()).orElseThrow(() -> new InputException(
                    htmlDir.resolve(article.id()).toString(),
                    "ground-truth id has no page; expected " + article.id() + ".html.gz or " + article.id() + ".html"));
            String failure = null;
            String refusal = null;
            String predicted = "";
            try {
                RawArticle raw = read(page, article.url());
                predicted = cleaner.clean(raw).text();
                refusal = languageRefusal(raw);
            } catch (InputException e) {
                failure = reasonOf(e.problem());
            }
            ExtractionScore.Pair pair = new ExtractionScore.Pair(predicted, article.body());
            pairs.add(pair);
            userPairs.add(refusal == null ? pair : new ExtractionScore.Pair("", article.body()));
            ExtractionScore one = ExtractionScore.of(List.of(pair));
            pages.add(new PageResult(article.id(), one.precision(), one.recall(), one.f1(), failure, refusal));
        }
        return new ExtractionReport(ExtractionScore.of(pairs), ExtractionScore.of(userPairs), pages);
    }

    /** Why a user's run would refuse the cleaned page (its language), or null when it would go on. */
    private String languageRefusal(RawArticle raw) {
        try {
            cleaning.articleOf(raw, ArticleMetadata.EMPTY);
            return null;
        } catch (InputException e) {
            return reasonOf(e.problem());
        }
    }

    private RawArticle read(Path page, String url) {
        try (Stream<ReadResult> results = reader.read(page)) {
            ReadResult result = results.findFirst()
                    .orElseThrow(() -> new InputException(page.toString(), "nothing to read"));
            if (result instanceof ReadResult.Failed failed) {
                throw new InputException(failed.input(), failed.problem());
            }
            RawArticle raw = ((ReadResult.Ok) result).article();
            ArticleMetadata withUrl = new ArticleMetadata(null, url, null, null, null, null).orElse(raw.metadata());
            return new RawArticle(raw.input(), raw.format(), raw.content(), withUrl);
        }
    }

    /** The problem without its page-specific details in parentheses, so that equal reasons group together. */
    static String reasonOf(String problem) {
        int detail = problem.indexOf(" (");
        return detail < 0 ? problem : problem.substring(0, detail);
    }

    private static Optional<Path> pageOf(Path dir, String id) {
        return Stream.of(id + ".html.gz", id + ".html").map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static void checkEveryPageHasGold(Path dir, List<GoldArticle> gold) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such directory of HTML pages");
        }
        Set<String> ids = new HashSet<>();
        gold.forEach(g -> ids.add(g.id()));
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".html.gz") || name.endsWith(".html"))
                    .sorted()
                    .filter(name -> !ids.contains(name.replaceFirst("\\.html(\\.gz)?$", "")))
                    .findFirst()
                    .ifPresent(name -> {
                        throw new InputException(dir.resolve(name).toString(),
                                "page has no entry in the ground truth; add its id or remove the page");
                    });
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
        }
    }
}
