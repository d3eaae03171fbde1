package org.eventbase.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The baseline: a plain CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner, depparse, every other setting left at
 * its default) built with {@code new StanfordCoreNLP(props)} and run on the article's clean text, as someone using
 * CoreNLP directly would. It does not pay for cleaning, which is generous to it.
 * Example: {@code new PlainCoreNlpWorkload(new StanfordCoreNLP(PlainCoreNlpWorkload.properties()))}.
 */
public record PlainCoreNlpWorkload(StanfordCoreNLP pipeline) implements Workload {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        return p;
    }

    @Override
    public String name() {
        return "plain CoreNLP";
    }

    @Override
    public void process(BenchArticle article) {
        pipeline.annotate(new Annotation(article.cleanText()));
    }
}
