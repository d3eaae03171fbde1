package org.eventbase.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventbase.model.EntityKind;
import org.eventbase.model.NerMention;
import org.junit.jupiter.api.Test;

class TypeMappingTest {
    private static NerMention mention(String type) {
        return new NerMention(0, 0, 1, 0, 5, "Lagos", type);
    }

    @Test
    void mapsCoreNlpPlaceTypesToLocAndGroupsToMisc() {
        assertThat(CoreNlpNerSystem.conllType(mention("CITY"))).contains("LOC");
        assertThat(CoreNlpNerSystem.conllType(mention("STATE_OR_PROVINCE"))).contains("LOC");
        assertThat(CoreNlpNerSystem.conllType(mention("NATIONALITY"))).contains("MISC");
        assertThat(CoreNlpNerSystem.conllType(mention("ORGANIZATION"))).contains("ORG");
        assertThat(CoreNlpNerSystem.conllType(mention("PERSON"))).contains("PER");
    }

    @Test
    void leavesOutCoreNlpTypesConllDoesNotTag() {
        assertThat(CoreNlpNerSystem.conllType(mention("TITLE"))).isEmpty();
        assertThat(CoreNlpNerSystem.conllType(mention("DATE"))).isEmpty();
    }

    @Test
    void mapsEveryEntityKindToAConllType() {
        assertThat(EntityLayerNerSystem.conllType(EntityKind.GPE)).isEqualTo("LOC");
        assertThat(EntityLayerNerSystem.conllType(EntityKind.LOCATION)).isEqualTo("LOC");
        assertThat(EntityLayerNerSystem.conllType(EntityKind.NORP)).isEqualTo("MISC");
        assertThat(EntityLayerNerSystem.conllType(EntityKind.MISC)).isEqualTo("MISC");
        assertThat(EntityLayerNerSystem.conllType(EntityKind.PERSON)).isEqualTo("PER");
        assertThat(EntityLayerNerSystem.conllType(EntityKind.ORGANIZATION)).isEqualTo("ORG");
    }
}
