package org.eventbase.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventbase.model.Article;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;
import org.eventbase.entity.EntityStage;
import org.junit.jupiter.api.Test;

class CoreNlpStageTest {

    private static Article article(String text) {
        return new Article("t", "t", null, null, null, null, null, null, "en", text, OffsetMap.identity(text.length()));
    }

    @Test
    void tokenOffsetsPointIntoTheArticleText() {
        String text = "Norway’s  foreign minister Ana Berg (NFC) said: “We agree.”\n\nOslo was calm.";
        NlpAnnotation nlp = CoreNlpStage.shared().annotate(article(text));
        for (Sentence s : nlp.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        for (NerMention m : nlp.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void blankLineEndsASentence() {
        NlpAnnotation nlp = CoreNlpStage.shared().annotate(article("Protests spread in Oslo\n\nPolice said little"));
        assertThat(nlp.sentences()).hasSize(2);
    }

    @Test
    void keepsFineGrainedTags() {
        NlpAnnotation nlp = CoreNlpStage.shared().annotate(
                article("The Norwegian president Ana Berg visited Bergen and Sweden."));
        assertThat(nlp.mentions()).extracting(NerMention::text, NerMention::type).contains(
                org.assertj.core.groups.Tuple.tuple("Norwegian", "NATIONALITY"),
                org.assertj.core.groups.Tuple.tuple("Ana Berg", "PERSON"),
                org.assertj.core.groups.Tuple.tuple("Sweden", "COUNTRY"));
        assertThat(nlp.sentences().get(0).tokens()).extracting(Token::ner).contains("TITLE");
    }

    @Test
    void emptyTextGivesAnEmptyLayer() {
        NlpAnnotation nlp = CoreNlpStage.shared().annotate(article(""));
        assertThat(nlp.sentences()).isEmpty();
        assertThat(nlp.mentions()).isEmpty();
    }

    @Test
    void addsTheNlpLayerWithProvenance() {
        Document doc = CoreNlpStage.shared().apply(Document.of(article("Ana Berg spoke.")));
        assertThat(doc.has(Layers.NLP)).isTrue();
        assertThat(doc.provenance()).extracting(p -> p.stage()).containsExactly("nlp");
    }

    @Test
    void isOneInstancePerJvm() {
        assertThat(CoreNlpStage.shared()).isSameAs(CoreNlpStage.shared());
    }

    @Test
    void entityStageWithoutItFailsWhenThePipelineIsBuilt() {
        assertThatThrownBy(() -> Pipeline.of(new EntityStage())).hasMessageContaining("nlp");
    }

    @Test
    void annotatesArticlesConcurrentlyWithTheSameResult() throws Exception {
        String text = "Ana Berg met Lars Dahl in Oslo. Berg said the talks with Sweden went well.";
        NlpAnnotation alone = CoreNlpStage.shared().annotate(article(text));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<NlpAnnotation>> results = pool.invokeAll(List.of(
                    () -> CoreNlpStage.shared().annotate(article(text)),
                    () -> CoreNlpStage.shared().annotate(article(text))));
            for (Future<NlpAnnotation> r : results) {
                assertThat(r.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }
}
