package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void takesSeveralInputsAnOutputAndPartitions() {
        JobOptions options = JobOptions.parse("--input", "hdfs://nn/a", "s3a://b/c.warc.gz", "--output", "out",
                "--partitions", "40");
        assertThat(options.inputs()).containsExactly("hdfs://nn/a", "s3a://b/c.warc.gz");
        assertThat(options.output()).isEqualTo("out");
        assertThat(options.partitions()).isEqualTo(40);
        assertThat(options.stories()).isTrue();
    }

    @Test
    void noStoriesIsAFlagThatTakesNoValue() {
        JobOptions options = JobOptions.parse("--no-stories", "--input", "a", "--output", "b");
        assertThat(options.stories()).isFalse();
        assertThat(options.inputs()).containsExactly("a");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "b", "--no-stories", "c"))
                .hasMessageContaining("'c' follows no option");
    }

    @Test
    void missingOutputOrBadPartitionsIsAOneLineMessageWithUsage() {
        assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessageContaining("--output")
                .hasMessageContaining("usage");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "b", "--partitions", "0"))
                .hasMessageContaining("'0'");
        assertThatThrownBy(() -> JobOptions.parse("--inptu", "a")).hasMessageContaining("unknown option --inptu");
    }
}
