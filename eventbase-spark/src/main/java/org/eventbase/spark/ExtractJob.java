package org.eventbase.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: extracts every article under the input paths into Parquet tables and a
 * run report. Example:
 * <pre>{@code
 * spark-submit --class org.eventbase.spark.ExtractJob eventbase-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input hdfs://nn/crawl/2024/ --output hdfs://nn/eventbase/run-2024
 * }</pre>
 * Outside spark-submit, give the master as a system property, e.g. {@code -Dspark.master=local[2]}.
 */
public final class ExtractJob {
    private ExtractJob() {}

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("eventbase ExtractJob: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = JobSession.builder("eventbase-extract").getOrCreate();
        int status = 0;
        try {
            System.out.println(new CorpusExtraction(spark).run(options).json());
        } catch (IllegalArgumentException e) {
            System.err.println("eventbase ExtractJob: " + e.getMessage());
            status = 2;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }
}
