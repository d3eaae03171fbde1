package org.eventbase.eval.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventbase.model.CountKind;
import org.eventbase.model.EventType;
import org.eventbase.model.InputException;
import org.eventbase.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEventReaderTest {
    private static final String ARTICLE = """
            {"id": "a1", "split": "dev", "story": "s1", "title": "Strike", "published": "2025-03-05", \
            "text": "Dockers struck in Callao on Tuesday. Six were arrested, police said.", "events": [{"id": "e1", \
            "event_key": "callao-strike", "type": "PROTEST", "mode": "strike", "acled": {"event_type": "Protests", \
            "sub_event_type": "Peaceful protest"}, "sources": [{"text": "Dockers", "kind": "PROTESTERS"}], \
            "place": {"text": "Callao", "country": "PE", "lat": -12.05, "lon": -77.14}, \
            "date": {"value": "2025-03-04", "precision": "DAY"}, "counts": [{"kind": "ARRESTED", "min": 6, \
            "max": 6, "text": "Six", "claimed_by": "police"}], "modality": {"reported": true}, \
            "evidence": "Dockers struck in Callao on Tuesday."}]}
            """;

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("gold.jsonl"), content);
    }

    @Test
    void readsAnArticleWithItsEvent() throws IOException {
        GoldEventArticle a = GoldEventReader.read(write(ARTICLE)).get(0);

        GoldEvent e = a.events().get(0);
        assertThat(e.type()).isEqualTo(EventType.PROTEST);
        assertThat(e.acled().subEventType()).isEqualTo("Peaceful protest");
        assertThat(e.place().country()).isEqualTo("PE");
        assertThat(e.date().precision()).isEqualTo(TimePrecision.DAY);
        assertThat(e.counts()).containsExactly(new CountValue(CountKind.ARRESTED, 6, 6, "Six", "police"));
        assertThat(e.modality().reported()).isTrue();
        assertThat(e.modality().negated()).isFalse();
        assertThat(e.targets()).isEmpty();
    }

    @Test
    void rejectsEvidenceThatIsNotInTheText() throws IOException {
        Path file = write(ARTICLE.replace("\"evidence\": \"Dockers struck", "\"evidence\": \"Dockers marched"));

        assertThatThrownBy(() -> GoldEventReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("gold.jsonl:1").hasMessageContaining("does not occur in the text");
    }

    @Test
    void rejectsATypeThatIsNotPlover() throws IOException {
        Path file = write(ARTICLE.replace("\"type\": \"PROTEST\"", "\"type\": \"RIOT\""));

        assertThatThrownBy(() -> GoldEventReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("'RIOT' is not a EventType");
    }

    @Test
    void rejectsADuplicateArticleIdNamingTheSecondLine() throws IOException {
        Path file = write(ARTICLE + ARTICLE);

        assertThatThrownBy(() -> GoldEventReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("gold.jsonl:2").hasMessageContaining("used twice");
    }

    @Test
    void rejectsAnUnknownSplit() throws IOException {
        Path file = write(ARTICLE.replace("\"split\": \"dev\"", "\"split\": \"train\""));

        assertThatThrownBy(() -> GoldEventReader.read(file)).hasMessageContaining("use dev or test");
    }

    @Test
    void selectsASplitAndRefusesAnUnknownOne() throws IOException {
        var articles = GoldEventReader.read(write(ARTICLE));

        assertThat(EventEvaluation.select(articles, "dev")).hasSize(1);
        assertThat(EventEvaluation.select(articles, "test")).isEmpty();
        assertThat(EventEvaluation.select(articles, "all")).hasSize(1);
        assertThatThrownBy(() -> EventEvaluation.select(articles, "train")).isInstanceOf(InputException.class);
    }
}
