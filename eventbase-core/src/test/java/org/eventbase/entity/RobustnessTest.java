package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.entity.EntityAssertions.assertMentionsMatchText;
import static org.eventbase.entity.EntityAssertions.extract;

import java.util.List;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "Hello", "(", "( )", "ABC (", "the", ",,,", "Berg,", "Berg, 500,",
            "Norway's", "a 12-year-old", "his predecessor,", "X, an activist from the"})
    void oddInputGivesALayerNotAnException(String text) {
        EntityLayer layer = extract(text);
        assertThat(layer).isNotNull();
        assertMentionsMatchText(layer, text);
    }

    @Test
    void textWithoutNamesHasNoEntities() {
        assertThat(extract("it rained all day and nobody went out.").entities()).isEmpty();
    }

    @Test
    void sameInputGivesEqualOutput() {
        String text = "Norway's foreign minister Ana Berg met the Nordic Fisheries Council (NFC) in Bergen. "
                + "Berg said the NFC would meet again. Lars Dahl, 55, an activist, disagreed.";
        assertThat(extract(text)).isEqualTo(extract(text));
    }

    @Test
    void mentionsWithOffsetsOutsideTheTextAreSkippedNotFatal() {
        String text = "Ana Berg spoke.";
        List<Token> tokens = List.of(new Token(0, "Ana", 0, 3, "NNP", "Ana", "PERSON"),
                new Token(1, "Berg", 4, 8, "NNP", "Berg", "PERSON"),
                new Token(2, "spoke", 9, 14, "VBD", "speak", "O"), new Token(3, ".", 14, 15, ".", ".", "O"));
        NlpAnnotation nlp = new NlpAnnotation(List.of(new Sentence(0, 0, 15, tokens)), List.of(
                new NerMention(0, 0, 2, 0, 8, "Ana Berg", "PERSON"),
                new NerMention(7, 0, 2, 0, 8, "Ana Berg", "PERSON"),
                new NerMention(0, 3, 9, 14, 99, "nonsense", "ORGANIZATION")));
        EntityLayer layer = new EntityStage().extract(text, nlp);
        assertThat(layer.entities()).extracting(e -> e.name()).containsExactly("Ana Berg");
    }
}
