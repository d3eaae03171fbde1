package org.eventbase.nlp;

import java.util.Properties;

/**
 * The CoreNLP settings Eventbase runs with, in one place, each with its reason.
 * Example: {@code new StanfordCoreNLP(CoreNlpProperties.forEntities())}.
 */
public final class CoreNlpProperties {
    private CoreNlpProperties() {}

    /** Tokens, sentences, POS, lemmas and fine-grained NER; no parsing, no KBP, no entity linking. */
    public static Properties forEntities() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // Articles arrive as paragraphs; a blank line always ends a sentence (headlines, captions, cruft lines).
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained tags (TITLE, NATIONALITY, COUNTRY, CITY, STATE_OR_PROVINCE) give roles and kinds.
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // The KBP-style regexner rules are costly and add little to names; dates are the time stage's job.
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }
}
