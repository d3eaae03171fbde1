package org.eventbase.nlp;

import java.util.Properties;

/**
 * The CoreNLP settings Eventbase runs with, in one place, each with its reason.
 * Example: {@code new StanfordCoreNLP(CoreNlpProperties.forEntities())}.
 */
public final class CoreNlpProperties {
    private CoreNlpProperties() {}

    /**
     * Tokens, sentences, POS, lemmas and fine-grained NER from literal gazetteers (see {@code LiteralGazetteers});
     * no parsing, no KBP, no entity linking, no SUTime.
     */
    public static Properties forEntities() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // Articles arrive as paragraphs; a blank line always ends a sentence (headlines, captions, cruft lines).
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained tags (TITLE, NATIONALITY, COUNTRY, CITY, STATE_OR_PROVINCE) give roles and kinds.
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.fine.regexner.mapping", LiteralGazetteers.mapping());
        p.setProperty("ner.buildEntityMentions", "true");
        // Dates and numbers are the time stage's job; SUTime and the numeric classifiers only cost time here.
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }
}
