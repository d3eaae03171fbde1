package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;
import org.junit.jupiter.api.Test;

/** Acronym linking on hand-tagged text, so the recogniser's tags are exactly what each test needs. */
class AcronymResolverTest {

    /** One sentence of space-separated tokens written {@code word/TAG}; runs of one tag become mentions. */
    private static NlpAnnotation tagged(String sentence) {
        List<Token> tokens = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        int offset = 0;
        String[] parts = sentence.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String[] wordTag = parts[i].split("/");
            String word = wordTag[0];
            String tag = wordTag.length > 1 ? wordTag[1] : "O";
            tokens.add(new Token(i, word, offset, offset + word.length(), "NNP", word, tag));
            offset += word.length() + 1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).ner();
            if (tag.equals("O")) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)) {
                j++;
            }
            mentions.add(new NerMention(0, i, j + 1, tokens.get(i).start(), tokens.get(j).end(),
                    text(sentence).substring(tokens.get(i).start(), tokens.get(j).end()), tag));
            i = j;
        }
        return new NlpAnnotation(List.of(new Sentence(0, 0, offset - 1, tokens)), mentions);
    }

    private static String text(String taggedSentence) {
        return taggedSentence.replaceAll("/[A-Z_]+", "");
    }

    private static List<NameMention> resolve(String taggedSentence) {
        NlpAnnotation nlp = tagged(taggedSentence);
        String text = text(taggedSentence);
        return new AcronymResolver().resolve(nlp, text, new NameMentionCollector().collect(nlp, text));
    }

    @Test
    void bareAcronymTaggedAsAPlaceJoinsItsExpansion() {
        List<NameMention> mentions = resolve("the Arctic/ORGANIZATION Trade/ORGANIZATION Council/ORGANIZATION "
                + "( ATC ) met ; ATC/LOCATION members left");
        assertThat(mentions).extracting(NameMention::text, NameMention::kind, NameMention::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Arctic Trade Council", EntityKind.ORGANIZATION, "Arctic Trade Council"),
                org.assertj.core.groups.Tuple.tuple("ATC", EntityKind.ORGANIZATION, "Arctic Trade Council"),
                org.assertj.core.groups.Tuple.tuple("ATC", EntityKind.ORGANIZATION, "Arctic Trade Council"));
    }

    @Test
    void untaggedExpansionStillDefinesAnOrganisation() {
        List<NameMention> mentions = resolve("the Arctic Trade Council ( ATC ) met");
        assertThat(mentions).extracting(NameMention::text).containsExactly("Arctic Trade Council", "ATC");
        assertThat(mentions).allSatisfy(m -> assertThat(m.key()).isEqualTo("Arctic Trade Council"));
    }

    @Test
    void capitalsNotMatchingTheInitialsStayUnlinked() {
        List<NameMention> mentions = resolve("the Arctic/ORGANIZATION Trade/ORGANIZATION Council/ORGANIZATION "
                + "( XYZ ) met");
        assertThat(mentions).extracting(NameMention::text).containsExactly("Arctic Trade Council");
    }

    @Test
    void acronymInAnotherLanguageAfterAnOrganisationJoinsIt() {
        List<NameMention> mentions = resolve("the Federation/ORGANIZATION of/ORGANIZATION Metal/ORGANIZATION "
                + "Workers/ORGANIZATION ( FETRAM ) met");
        assertThat(mentions).extracting(NameMention::key).containsOnly("Federation of Metal Workers");
    }

    @Test
    void expansionKeepsTheWordsTheRecogniserPutBeforeItsInitials() {
        List<NameMention> mentions = resolve("the EU/ORGANIZATION Agency/ORGANIZATION for/ORGANIZATION "
                + "Fisheries/ORGANIZATION Control/ORGANIZATION ( AFC ) met");
        assertThat(mentions).extracting(NameMention::key).containsOnly("EU Agency for Fisheries Control");
    }
}
