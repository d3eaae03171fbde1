package org.eventbase.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
    @Test
    void readsTheCreationDateAndInlineTimexesAsSpansIntoPlainText() {
        TimeMlDocument doc = TimeMlReader.read(Fixtures.path("time/harbour.tml"));

        assertThat(doc.id()).isEqualTo("harbour");
        assertThat(doc.creationDate()).isEqualTo("2026-11-23");
        assertThat(doc.text()).isEqualTo("\nThe harbour closed on Monday for three days.\n");
        assertThat(doc.timexes()).containsExactly(
                new GoldTimex(20, 29, "DATE", "2026-11-23"), new GoldTimex(34, 44, "DURATION", "P3D"));
        assertThat(doc.text().substring(20, 29)).isEqualTo("on Monday");
    }

    @Test
    void rejectsADocumentWithoutText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.tml"), "<TimeML><DOCID>x</DOCID></TimeML>");

        assertThatThrownBy(() -> TimeMlReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": no <TEXT> element; expected a TimeML document");
    }
}
