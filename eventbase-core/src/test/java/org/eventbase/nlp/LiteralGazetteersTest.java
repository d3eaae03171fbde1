package org.eventbase.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralGazetteersTest {

    @Test
    void recognisesRegularExpressionEntries() {
        assertThat(LiteralGazetteers.isRegexEntry("Minn\\.?-raised\tSTATE_OR_PROVINCE\tMISC\t1")).isTrue();
        assertThat(LiteralGazetteers.isRegexEntry("[A-Z][a-zA-Z]+ activist\tTITLE\tMISC\t1")).isTrue();
    }

    @Test
    void keepsLiteralNames() {
        assertThat(LiteralGazetteers.isRegexEntry("almaty\tCITY\tLOCATION\t1")).isFalse();
        assertThat(LiteralGazetteers.isRegexEntry("prime minister\tTITLE\tMISC\t1")).isFalse();
        assertThat(LiteralGazetteers.isRegexEntry("st. louis\tCITY\tLOCATION\t1")).isFalse();
    }

    @Test
    void mappingNamesTwoGazetteers() {
        assertThat(LiteralGazetteers.mapping()).startsWith("ignorecase=true,").contains(";");
    }
}
