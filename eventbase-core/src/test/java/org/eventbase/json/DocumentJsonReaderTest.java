package org.eventbase.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

class DocumentJsonReaderTest {
    private static final String TEXT = """
            Floods cut the coast road near Sfax

            SFAX, Tunisia (Harbour Daily) — Three people were killed and 12 injured on Monday when floods swept \
            away part of the coast road near Sfax, the regional governor Amel Haddad said.
            "We have never seen water like this," Haddad told reporters on Tuesday. Police arrested two \
            contractors in Gabes on Wednesday, the interior ministry said.
            """;

    @Test
    void documentReadBackFromItsJsonWritesTheSameJsonAndKeepsSentenceBounds() {
        Document doc = ArticleExtractor.standard().extract(
                new RawArticle("floods.txt", ContentFormat.TEXT, TEXT,
                        new ArticleMetadata(null, null, "Harbour Daily", null, null, "2023-03-14")),
                ArticleMetadata.EMPTY);
        String json = DocumentJson.compact(doc);

        Document back = DocumentJsonReader.read(json, DocumentJsonReader.sentencesJson(doc));

        assertThat(DocumentJson.compact(back)).isEqualTo(json);
        assertThat(back.article()).isEqualTo(doc.article());
        assertThat(back.provenance()).isEqualTo(doc.provenance());
        assertThat(back.layer(Layers.EVENTS)).isEqualTo(doc.layer(Layers.EVENTS));
        assertThat(back.layer(Layers.ENTITIES)).isEqualTo(doc.layer(Layers.ENTITIES));
        assertThat(back.layer(Layers.NLP).sentences()).hasSameSizeAs(doc.layer(Layers.NLP).sentences());
        assertThat(back.layer(Layers.NLP).sentences().get(1).end())
                .isEqualTo(doc.layer(Layers.NLP).sentences().get(1).end());
    }

    @Test
    void jsonOfAnotherSchemaIsRefusedNamingTheSchema() {
        assertThatThrownBy(() -> DocumentJsonReader.read("{\"schema\":\"other/2\"}", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other/2");
    }
}
