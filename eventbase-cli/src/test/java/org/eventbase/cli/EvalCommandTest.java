package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final String PAGE = """
            <html lang="en"><head><title>Harbour closes after storm</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>Harbour closes after storm</h1>
            <p>The harbour at Port Elwin closed on Monday after a storm tore the roof off the ferry terminal, the port \
            authority said.</p>
            <p>Ferries to the islands will not sail before Thursday, and about two hundred travellers spent the night \
            in the town hall.</p></article>
            <footer>Copyright 2026 The Elwin Gazette. All rights reserved.</footer></body></html>
            """;
    private static final String GOLD = """
            {"harbour": {"articleBody": "The harbour at Port Elwin closed on Monday after a storm tore the roof off \
            the ferry terminal, the port authority said.\\nFerries to the islands will not sail before Thursday, and \
            about two hundred travellers spent the night in the town hall.", "url": "https://gazette.example/h"}}
            """;
    private static final String CONLL = """
            -DOCSTART- -X- -X- O

            Angela NNP I-NP I-PER
            Merkel NNP I-NP I-PER
            visited VBD I-VP O
            Paris NNP I-NP I-LOC
            on IN I-PP O
            Monday NNP I-NP O
            . . O O
            """;

    private static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>harbour</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-06" functionInDocument="CREATION_TIME">2022-01-06</TIMEX3></DCT>
            <TEXT>The harbour closed on <TIMEX3 tid="t1" type="DATE" value="2022-01-05">Wednesday</TIMEX3> after a \
            storm. Ferries stopped in <TIMEX3 tid="t2" type="DATE" value="2021-12">December 2011</TIMEX3>.</TEXT>
            </TimeML>
            """;

    private static final String LGL = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="1">
                <text>Floods closed roads in Lyon and in Marseille on Monday. Firefighters from the Swiss city of \
            Geneva helped.</text>
                <toponyms>
                  <toponym><start>23</start><end>27</end><phrase>Lyon</phrase>
                    <gaztag geonameid="2996944"><lat>45.74846</lat><lon>4.84671</lon></gaztag></toponym>
                  <toponym><start>35</start><end>44</end><phrase>Marseille</phrase>
                    <gaztag geonameid="2995469"><lat>43.29695</lat><lon>5.38107</lon></gaztag></toponym>
                  <toponym><start>92</start><end>98</end><phrase>Geneva</phrase>
                    <gaztag geonameid="5117060"><lat>42.86896</lat><lon>-76.97774</lon></gaztag></toponym>
                </toponyms>
              </article>
            </articles>
            """;
    private static final String GEOVIRUS = """
            <articles>
              <article>
                <source>https://news.example/cholera</source>
                <text>Cholera cases rose in Lusaka, Zambia, health officials said.</text>
                <locations>
                  <location><name>Lusaka</name><start>23</start><end>29</end><lat>-15.40669</lat><lon>28.28713</lon>
                  </location>
                  <location><name>Zambia</name><start>31</start><end>37</end><lat>-15.0</lat><lon>30.0</lon></location>
                </locations>
              </article>
            </articles>
            """;

    @TempDir
    Path dir;

    @Test
    void evalExtractionPrintsTheScoreTableAndWritesJson() throws IOException {
        Files.createDirectory(dir.resolve("html"));
        Files.writeString(dir.resolve("html/harbour.html"), PAGE);
        Path gold = Files.writeString(dir.resolve("gt.json"), GOLD);
        Path json = dir.resolve("out.json");

        CliRun run = CliRun.of("eval", "extraction", dir.resolve("html").toString(), gold.toString(),
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("documents  1\n", "precision  1.000\n", "recall     1.000\n",
                "f1         1.000\n", "accuracy   1.000\n", "failed     0 (scored as empty)\n");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("pages").get(0).get("id").asText()).isEqualTo("harbour");
    }

    @Test
    void evalNerPrintsBothSystemsPerTypeAndOverall() {
        Path conll = write("tiny.conll", CONLL);

        CliRun run = CliRun.of("eval", "ner", conll.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 documents, 1 sentences, 7 tokens");
        assertThat(run.out()).containsPattern("system +type +precision +recall +f1 +gold");
        assertThat(run.out()).containsPattern("corenlp-ner +PER +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +1\n");
        assertThat(run.out()).containsPattern("corenlp-ner +overall +1\\.000 +1\\.000 +1\\.000 +2\n");
        assertThat(run.out()).containsPattern("eventbase-entities +LOC +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +1\n");
        assertThat(run.out()).containsPattern("eventbase-entities +overall +1\\.000 +1\\.000 +1\\.000 +2\n");
    }

    @Test
    void evalTimesPrintsStrictRelaxedAndValueScoresAndWritesJson() throws IOException {
        Files.createDirectory(dir.resolve("tml"));
        Files.writeString(dir.resolve("tml/harbour.tml"), TIMEML);
        Path json = dir.resolve("times.json");

        CliRun run = CliRun.of("eval", "times", dir.resolve("tml").toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 documents, 2 gold, 2 predicted");
        assertThat(run.out()).containsPattern("strict +1\\.000 +1\\.000 +1\\.000\n");
        assertThat(run.out()).containsPattern("relaxed +1\\.000 +1\\.000 +1\\.000\n");
        assertThat(run.out()).contains("value accuracy 0.500\n", "value f1       0.500\n");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("task").asText()).isEqualTo("times");
        assertThat(report.get("valueF1").asDouble()).isEqualTo(0.5);
    }

    @Test
    void evalGeoPrintsDetectionAndGeocodingPerGoldFileAndWritesJson() throws IOException {
        Files.writeString(dir.resolve("lgl.xml"), LGL);
        Files.writeString(dir.resolve("GeoVirus.xml"), GEOVIRUS);
        Path json = dir.resolve("geo.json");

        CliRun run = CliRun.of("eval", "geo", dir.resolve("lgl.xml").toString(), dir.resolve("GeoVirus.xml").toString(),
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("lgl\\.xml +lgl +1 +1\\.000 +1\\.000 +1\\.000 +3/3 +0\\.667 ");
        assertThat(run.out()).containsPattern("GeoVirus\\.xml +geovirus +1 +1\\.000 +1\\.000 +1\\.000 +2/2 +1\\.000 ");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("task").asText()).isEqualTo("geo");
        JsonNode lgl = report.get("gold").get(0).get("geocoding");
        assertThat(lgl.get("accuracyAt161").asDouble()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lgl.get("medianErrorKm").asDouble()).isLessThan(5);
    }

    @Test
    void evalGeoOnAFileOfNeitherFormatIsOneLineError() throws IOException {
        Files.writeString(dir.resolve("other.xml"), "<articles><article><text>x</text></article></articles>");

        CliRun run = CliRun.of("eval", "geo", dir.resolve("other.xml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains("other.xml", "neither LGL").doesNotContain("Exception");
    }

    @Test
    void evalTimesOnADirectoryWithoutTimeMlIsOneLineError() {
        CliRun run = CliRun.of("eval", "times", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains(dir.toString(), "no .tml files");
    }

    @Test
    void evalQuotesPrintsDetectionAndSpeakerScoresAndWritesJson() throws IOException {
        Files.createDirectories(dir.resolve("quotes/dev"));
        Files.writeString(dir.resolve("quotes/dev/dock.txt"),
                "Dockers strike in Gdańsk\n\n“We will not unload a single ship,” said Marta Nowak, a crane driver.\n");
        Files.writeString(dir.resolve("quotes/quotes.jsonl"), "{\"article\": \"dev/dock.txt\", \"kind\": \"DIRECT\", "
                + "\"quote\": \"We will not unload a single ship,\", \"speaker\": \"Marta Nowak\"}\n");
        Path json = dir.resolve("quotes.json");

        CliRun run = CliRun.of("eval", "quotes", dir.resolve("quotes").toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("quotes (project, dev): 1 documents");
        assertThat(run.out()).containsPattern("all kinds +1 +1 +1 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +1\\.000\n");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("task").asText()).isEqualTo("quotes");
        assertThat(report.at("/scores/DIRECT/speakerAccuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evalQuotesOnAPathOfNeitherFormatIsOneLineError() {
        CliRun run = CliRun.of("eval", "quotes", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains(dir.toString(), "neither a quotes gold set");
    }

    @Test
    void malformedConllLineIsOneLineErrorNamingFileAndLine() {
        Path conll = write("bad.conll", "Angela NNP I-PER\n");

        CliRun run = CliRun.of("eval", "ner", conll.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("eventbase: " + conll + ":1: expected 4 fields 'TOKEN POS CHUNK NER', "
                + "found 3 in 'Angela NNP I-PER'\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingConllFileIsOneLineError() {
        CliRun run = CliRun.of("eval", "ner", dir.resolve("none.conll").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("eventbase: " + dir.resolve("none.conll") + ": no such CoNLL file\n");
    }

    @Test
    void pageWithoutGroundTruthIdIsOneLineError() throws IOException {
        Files.createDirectory(dir.resolve("html"));
        Files.writeString(dir.resolve("html/harbour.html"), PAGE);
        Files.writeString(dir.resolve("html/stray.html"), PAGE);
        Path gold = write("gt.json", GOLD);

        CliRun run = CliRun.of("eval", "extraction", dir.resolve("html").toString(), gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).startsWith("eventbase: " + dir.resolve("html/stray.html")
                + ": page has no entry in the ground truth").hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void missingGroundTruthFileIsOneLineError() throws IOException {
        Files.createDirectory(dir.resolve("html"));

        CliRun run = CliRun.of("eval", "extraction", dir.resolve("html").toString(), dir.resolve("gt.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("eventbase: " + dir.resolve("gt.json") + ": no such ground-truth file\n");
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRun run = CliRun.of("eval", "extraction");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
