package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEventsCommandTest {
    private static final String GOLD = """
            {"id": "a1", "split": "dev", "story": "s1", "title": "Dockers strike in Callao", \
            "published": "2025-03-05", "text": "Dockers struck in Callao on Tuesday over pay. Six were arrested \
            when they blocked the port road, police said. The union said the strike would go on until Friday.", \
            "events": [{"id": "e1", "event_key": "callao-strike", "type": "PROTEST", "mode": "strike", \
            "sources": [{"text": "Dockers", "kind": "PROTESTERS"}], "date": {"value": "2025-03-04", \
            "precision": "DAY"}, "evidence": "Dockers struck in Callao on Tuesday over pay."}]}
            {"id": "a2", "split": "test", "story": "s1", "title": "Callao strike ends", \
            "published": "2025-03-08", "text": "The dockers' strike in Callao ended on Friday after the port \
            authority agreed to a pay rise of six percent, the union said. Ships were loaded again on Saturday.", \
            "events": []}
            """;
    private static final String TSV = """
            id\tEventSnippet\tSubType
            1\tRiot police fired tear gas at striking dockers who blocked the port road in Callao on Tuesday.\tFORCE_AGAINST_PROTEST
            2\tThe two governments agreed to reopen their embassies and to resume direct flights next month.\tDIPLO
            """;

    @TempDir
    Path dir;

    @Test
    void evalEventsScoresTheChosenSplitAndWritesJson() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
        Path json = dir.resolve("events.json");

        CliRun run = CliRun.of("eval", "events", gold.toString(), "--split", "dev", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("events (dev split): 1 articles, 1 gold events");
        assertThat(run.out()).containsPattern("event type +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d+ +\\d+ +\\d+\n");
        assertThat(run.out()).contains("source actor", "place country", "counts with claimant", "historical");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("task").asText()).isEqualTo("events");
        assertThat(report.get("articles").asInt()).isEqualTo(1);
        assertThat(report.get("fields").get("event type").get("falseNegatives").asInt()
                + report.get("fields").get("event type").get("truePositives").asInt()).isEqualTo(1);
    }

    @Test
    void evalEventsWithAnUnknownSplitIsOneLineError() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);

        CliRun run = CliRun.of("eval", "events", gold.toString(), "--split", "train");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("eventbase: --split train: unknown split; use dev, test or all\n");
    }

    @Test
    void evalEventsOnAMissingFileIsOneLineError() {
        CliRun run = CliRun.of("eval", "events", dir.resolve("none.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("eventbase: " + dir.resolve("none.jsonl") + ": no such gold file\n");
    }

    @Test
    void evalEventTypesPrintsAccuracyAndMacroF1AtBothLevels() throws IOException {
        Path tsv = Files.writeString(dir.resolve("case.tsv"), TSV);

        CliRun run = CliRun.of("eval", "event-types", tsv.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2 snippets, 1 with an ACLED label, 1 distractors");
        assertThat(run.out()).containsPattern("sub-event types \\(25\\) +\\d\\.\\d{3} +\\d\\.\\d{3}\n");
        assertThat(run.out()).containsPattern("event types \\(6\\) +\\d\\.\\d{3} +\\d\\.\\d{3}\n");
    }

    @Test
    void evalPetrarchPrintsTheOverallTypeScore() throws IOException {
        Path xml = Files.writeString(dir.resolve("records.xml"), """
                <Validation><Sentences>
                <Sentence date="20250304" id="T-01" category="TEST">
                <EventCoding sourcecode="PER" targetcode="BOL" eventcode="172"></EventCoding>
                <Text>Peru expelled the Bolivian ambassador on Tuesday.</Text>
                </Sentence>
                </Sentences></Validation>
                """);

        CliRun run = CliRun.of("eval", "petrarch", xml.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 records, 1 scored, 0 gold codes without a PLOVER type");
        assertThat(run.out()).containsPattern("overall +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d+ +\\d+ +\\d+\n");
    }
}
