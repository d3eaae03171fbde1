package org.eventbase.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs the pipeline over a corpus on Spark: lists the input files through Hadoop, reads them with the CLI's
 * readers, spreads the articles over {@code partitions} tasks, extracts each partition with the executor's shared
 * pipeline ({@code mapPartitions}, so no model is serialised), and writes every {@link OutputTable} as Parquet
 * plus {@code report.json}. Bad records become {@code failures} rows; the job fails only for a problem with the
 * run itself (an input path that does not exist, an output that already does).
 * Example: {@code new CorpusExtraction(spark).run(JobOptions.parse("--input", "news/", "--output", "out"))}.
 *
 * <p>Once the extraction has filled the cache (one job that also counts every table's rows), the article tables are
 * written from it, then the corpus-level {@link StoryStage} reads the persisted {@code extracted} rows (their story
 * profiles) and writes the story tables: near-duplicates, merged events, stories.
 */
final class CorpusExtraction {
    private final SparkSession spark;

    CorpusExtraction(SparkSession spark) {
        this.spark = spark;
    }

    RunReport run(JobOptions options) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        checkPaths(options, hadoop);
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();

        JavaRDD<InputArticle> read = jsc.binaryFiles(String.join(",", options.inputs()))
                .flatMap(file -> HadoopFileReader.read(file._1(), file._2()));
        JavaRDD<ExtractedRows> extracted = read.repartition(partitions)
                .mapPartitions(inputs -> StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs, 0), false)
                        .map(ExtractedRows::of).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // The extraction runs here, in one job that fills the cache and counts every table's rows (a table with no
            // rows has no Parquet file to read a count from); the writes below then read the cached rows.
            long extractionStarted = System.nanoTime();
            long[] rowCounts = extracted.map(CorpusExtraction::rowCounts)
                    .fold(new long[OutputTable.values().length], CorpusExtraction::plus);
            double extractionSeconds = (System.nanoTime() - extractionStarted) / 1e9;
            Map<String, Long> counts = new LinkedHashMap<>();
            for (OutputTable table : OutputTable.values()) {
                counts.put(table.directory(), rowCounts[table.ordinal()]);
                write(extracted, table, options.output());
            }
            StoryCounts stories = null;
            if (options.stories()) {
                stories = new StoryStage(spark).run(extracted, options.output());
                counts.put(StoryTable.STORIES.directory(), stories.stories());
                counts.put(StoryTable.STORY_ARTICLES.directory(), stories.articles());
                counts.put(StoryTable.MERGED_EVENTS.directory(), stories.mergedEvents());
            }
            List<RunReport.Failure> failures = new ArrayList<>();
            extracted.flatMap(rows -> rows.rows(OutputTable.FAILURES).iterator())
                    .take(RunReport.MAX_LISTED_FAILURES)
                    .forEach(row -> failures.add(new RunReport.Failure(row.getString(0), row.getString(1),
                            row.getString(2))));
            double seconds = (System.nanoTime() - started) / 1e9;
            long articles = counts.get(OutputTable.ARTICLES.directory());
            int cores = jsc.defaultParallelism();
            RunReport report = new RunReport(options.inputs(), options.output(), counts, articles,
                    counts.get(OutputTable.FAILURES.directory()), failures, stories, seconds, extractionSeconds,
                    articles / seconds, cores, articles / seconds / cores);
            writeReport(report, options.output(), hadoop);
            return report;
        } finally {
            extracted.unpersist(false);
        }
    }

    private void write(JavaRDD<ExtractedRows> extracted, OutputTable table, String output) {
        Dataset<Row> rows = spark.createDataFrame(extracted.flatMap(r -> r.rows(table).iterator()), table.schema());
        String dir = output + "/" + table.directory();
        if (table.partitioned()) {
            rows.repartition(functions.col(OutputTable.PARTITION)).write().mode(SaveMode.ErrorIfExists)
                    .partitionBy(OutputTable.PARTITION).parquet(dir);
        } else {
            rows.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(dir);
        }
    }

    private static long[] rowCounts(ExtractedRows rows) {
        long[] counts = new long[OutputTable.values().length];
        for (OutputTable table : OutputTable.values()) {
            counts[table.ordinal()] = rows.rows(table).size();
        }
        return counts;
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    private static void checkPaths(JobOptions options, Configuration hadoop) {
        try {
            for (String input : options.inputs()) {
                Path path = new Path(input);
                if (!path.getFileSystem(hadoop).exists(path)) {
                    throw new IllegalArgumentException(input + ": no such file or directory; check the --input path");
                }
            }
            Path output = new Path(options.output());
            if (output.getFileSystem(hadoop).exists(output)) {
                throw new IllegalArgumentException(options.output()
                        + ": the output directory exists already; name a new one (runs never overwrite)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the job's paths: " + e.getMessage(), e);
        }
    }

    private static void writeReport(RunReport report, String output, Configuration hadoop) {
        Path path = new Path(output, "report.json");
        try (OutputStream out = path.getFileSystem(hadoop).create(path, false)) {
            out.write(report.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
