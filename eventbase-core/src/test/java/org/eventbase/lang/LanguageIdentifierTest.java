package org.eventbase.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = LanguageIdentifier.shared();

    @Test
    void recognisesEnglishNewsProse() {
        LanguageGuess guess = identifier.identify(
                "Hundreds of dock workers marched through the port on Tuesday to protest against a plan that "
                        + "would close two terminals, the union said.");
        assertThat(guess.isEnglish()).isTrue();
    }

    @Test
    void namesGermanAsNotEnglish() {
        LanguageGuess guess = identifier.identify(
                "Hunderte Hafenarbeiter sind am Dienstag durch die Stadt gezogen, um gegen die geplante "
                        + "Schließung von zwei Terminals zu protestieren, teilte die Gewerkschaft mit.");
        assertThat(guess.code()).isEqualTo("de");
        assertThat(guess.name()).isEqualTo("German");
    }

    @Test
    void namesSpanishAsNotEnglish() {
        LanguageGuess guess = identifier.identify(
                "Cientos de trabajadores portuarios marcharon el martes por la ciudad para protestar contra el "
                        + "cierre de dos terminales, según informó el sindicato.");
        assertThat(guess.code()).isEqualTo("es");
    }

    @Test
    void acceptsAShortEnglishTextAndLeavesOtherShortTextsUndetermined() {
        assertThat(identifier.identify("Floods hit the north.").code()).isEqualTo("en");
        assertThat(identifier.identify("Hochwasser im Norden.").code()).isEqualTo("und");
    }

    @Test
    void leavesTextWithoutWordsUndetermined() {
        assertThat(identifier.identify("12345 67890 — ... !!!").code()).isEqualTo("und");
    }
}
