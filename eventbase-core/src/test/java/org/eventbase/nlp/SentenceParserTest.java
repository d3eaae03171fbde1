package org.eventbase.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventbase.entity.EntityAssertions;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

class SentenceParserTest {
    private static Sentence sentence(String text) {
        return CoreNlpStage.shared().apply(Document.of(EntityAssertions.article(text))).layer(Layers.NLP)
                .sentences().get(0);
    }

    private static int index(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).mapToInt(Token::index).findFirst()
                .orElseThrow();
    }

    @Test
    void findsSubjectAndObjectOfAnActiveVerb() {
        Sentence s = sentence("Riot police arrested two students in Tbilisi on Monday.");
        DependencyGraph g = SentenceParser.shared().parse(s);
        int verb = index(s, "arrested");
        assertThat(g.children(verb, "nsubj")).containsExactly(index(s, "police"));
        assertThat(g.children(verb, "obj")).containsExactly(index(s, "students"));
    }

    @Test
    void findsPassiveSubjectAndAgent() {
        Sentence s = sentence("Two journalists were detained by the police.");
        DependencyGraph g = SentenceParser.shared().parse(s);
        int verb = index(s, "detained");
        assertThat(g.children(verb, "nsubj:pass")).containsExactly(index(s, "journalists"));
        assertThat(g.children(verb, "obl")).containsExactly(index(s, "police"));
        System.out.println(g.dependencies());
    }

    @Test
    void overLongSentencesAreNotParsed() {
        String text = "word ".repeat(SentenceParser.MAX_TOKENS + 5) + ".";
        Sentence s = sentence(text);
        assertThat(SentenceParser.shared().parse(s).dependencies()).isEmpty();
        assertThat(SentenceParser.shared().parse(new Sentence(0, 0, 0, List.of())).dependencies()).isEmpty();
    }
}
