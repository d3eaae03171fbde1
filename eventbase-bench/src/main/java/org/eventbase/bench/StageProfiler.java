package org.eventbase.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventbase.clean.ArticleCleaner;
import org.eventbase.clean.CleanedArticle;
import org.eventbase.entity.EntityStage;
import org.eventbase.event.EventStage;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.lang.LanguageIdentifier;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.nlp.CoreNlpProperties;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.nlp.SentenceParser;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.pipeline.Stage;

/**
 * Times Eventbase stage by stage on one thread (wall time): reading the files, cleaning, language, the CoreNLP stage
 * (annotators plus conversion to Eventbase's records), the entity stage and the later stages of the standard
 * pipeline (places, times, quotes, counts, events, with the events stage's dependency parses broken out). The
 * CoreNLP stage's pipeline is private, so its breakdown by annotator comes from a second pipeline with the same
 * properties run over the same texts, using CoreNLP's own timing; the plain pipeline is broken down the same way.
 * Example: {@code new StageProfiler(corpusDir).eventbase(articles).table().render()}.
 */
public final class StageProfiler {
    private final Path corpusDir;

    /** {@code corpusDir}: where the articles were read from, to time reading; null to leave reading out. */
    public StageProfiler(Path corpusDir) {
        this.corpusDir = corpusDir;
    }

    public StageProfile eventbase(List<BenchArticle> articles) {
        ArticleCleaner cleaner = new ArticleCleaner();
        LanguageIdentifier languages = LanguageIdentifier.shared();
        ArticleExtractor cleanOnly = new ArticleExtractor(cleaner, languages, Pipeline.of(List.of()));
        CoreNlpStage nlp = CoreNlpStage.shared();
        EntityStage entities = new EntityStage();
        long read = corpusDir == null ? 0 : timeReading();
        long clean = 0;
        long language = 0;
        long nlpTime = 0;
        long entityTime = 0;
        // The standard pipeline's stages after nlp and entities, so that a stage added there is profiled too.
        List<Stage> later = ArticleExtractor.standard().pipeline().stages().stream()
                .filter(stage -> !(stage instanceof CoreNlpStage) && !(stage instanceof EntityStage))
                .toList();
        long[] laterTime = new long[later.size()];
        long parseBefore = 0;
        long parseTime = 0;
        long parsedBefore = 0;
        long parsed = 0;
        List<String> texts = new ArrayList<>();
        for (BenchArticle a : articles) {
            long t0 = System.nanoTime();
            CleanedArticle cleaned = cleaner.clean(a.raw());
            long t1 = System.nanoTime();
            languages.identify(cleaned.text());
            long t2 = System.nanoTime();
            Article article = cleanOnly.articleOf(a.raw(), ArticleMetadata.EMPTY);
            texts.add(article.text());
            long t3 = System.nanoTime();
            Document withNlp = nlp.apply(Document.of(article));
            long t4 = System.nanoTime();
            Document doc = entities.apply(withNlp);
            long t5 = System.nanoTime();
            for (int i = 0; i < later.size(); i++) {
                if (later.get(i) instanceof EventStage) {
                    parseBefore = SentenceParser.shared().parseNanos();
                    parsedBefore = SentenceParser.shared().parsedSentences();
                }
                long start = System.nanoTime();
                doc = later.get(i).apply(doc);
                laterTime[i] += System.nanoTime() - start;
                if (later.get(i) instanceof EventStage) {
                    parseTime += SentenceParser.shared().parseNanos() - parseBefore;
                    parsed += SentenceParser.shared().parsedSentences() - parsedBefore;
                }
            }
            clean += t1 - t0;
            language += t2 - t1;
            nlpTime += t4 - t3;
            entityTime += t5 - t4;
        }
        StanfordCoreNLP mirror = new StanfordCoreNLP(CoreNlpProperties.forEntities());
        texts.forEach(text -> mirror.annotate(new Annotation(text)));
        List<StageTime> stages = new ArrayList<>();
        if (corpusDir != null) {
            stages.add(new StageTime("read files", read));
        }
        stages.add(new StageTime("clean", clean));
        stages.add(new StageTime("language", language));
        stages.add(new StageTime("nlp (CoreNLP stage)", nlpTime));
        stages.addAll(AnnotatorTimings.of(mirror, "   nlp: "));
        stages.add(new StageTime("entities", entityTime));
        for (int i = 0; i < later.size(); i++) {
            stages.add(new StageTime(later.get(i).name(), laterTime[i]));
            if (later.get(i) instanceof EventStage) {
                stages.add(new StageTime("   events: dependency parses (" + parsed + " sentences)", parseTime));
            }
        }
        return new StageProfile("eventbase", articles.size(), stages);
    }

    /** The plain pipeline's annotators, from a fresh instance (its timing is per instance) over the clean texts. */
    public StageProfile plain(List<BenchArticle> articles) {
        StanfordCoreNLP plain = new StanfordCoreNLP(PlainCoreNlpWorkload.properties());
        articles.forEach(a -> plain.annotate(new Annotation(a.cleanText())));
        return new StageProfile("plain CoreNLP", articles.size(), AnnotatorTimings.of(plain, ""));
    }

    private long timeReading() {
        long start = System.nanoTime();
        try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(corpusDir)) {
            results.forEach(r -> { });
        }
        return System.nanoTime() - start;
    }
}
