package org.eventbase.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eventbase.model.Article;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Tokenises, splits sentences, tags parts of speech, lemmas and named entities with Stanford CoreNLP, and adds the
 * result as our own records ({@link Layers#NLP}); later stages never see CoreNLP's objects.
 * Example: {@code CoreNlpStage.shared().apply(Document.of(article)).layer(Layers.NLP).mentions()}.
 *
 * <p>The models load once per JVM, on the first call to {@link #shared()}; {@link #apply} is thread-safe.
 */
public final class CoreNlpStage implements Stage {
    private static final String VERSION = "1";

    private final StanfordCoreNLP pipeline;

    private CoreNlpStage(Properties properties) {
        // CoreNLP logs model loading through its own Redwood logger to stderr; Eventbase's output stays clean.
        // This silences Redwood for the whole JVM, which only CoreNLP uses.
        RedwoodConfiguration.current().clear().apply();
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The one instance per JVM, built on first use (a few seconds: the tagger and NER models load). */
    public static CoreNlpStage shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CoreNlpStage INSTANCE = new CoreNlpStage(CoreNlpProperties.forEntities());
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.NLP);
    }

    @Override
    public Document apply(Document document) {
        return document.with(Layers.NLP, annotate(document.article()), provenance(Layers.NLP));
    }

    /** The NLP layer for one article's clean text; empty for empty text. */
    public NlpAnnotation annotate(Article article) {
        String text = article.text() == null ? "" : article.text();
        if (text.isBlank()) {
            return new NlpAnnotation(List.of(), List.of());
        }
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap coreSentence = coreSentences.get(s);
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                tokens.add(new Token(i, text.substring(label.beginPosition(), label.endPosition()),
                        label.beginPosition(), label.endPosition(), label.tag(), label.lemma(),
                        label.ner() == null ? "O" : label.ner()));
            }
            sentences.add(new Sentence(s, coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
            int sentenceFirstToken = coreSentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            List<CoreMap> coreMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (coreMentions == null) {
                continue;
            }
            for (CoreMap m : coreMentions) {
                int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                mentions.add(new NerMention(s,
                        m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken,
                        m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken,
                        start, end, text.substring(start, end),
                        m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
            }
        }
        return new NlpAnnotation(sentences, mentions);
    }
}
