package org.eventbase.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session settings every Eventbase job starts with: {@code file://} paths go through
 * {@link NioLocalFileSystem}, unless the user chose a filesystem for them ({@code --conf
 * spark.hadoop.fs.file.impl=...}). Other filesystems (hdfs://, s3a://) are left alone.
 * Example: {@code JobSession.builder("eventbase-extract").getOrCreate()}.
 */
final class JobSession {
    static final String LOCAL_FILESYSTEM = "spark.hadoop.fs.file.impl";

    private JobSession() {}

    static SparkSession.Builder builder(String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        // new SparkConf() reads the spark.* system properties, which is where spark-submit puts --conf values.
        if (!new SparkConf().contains(LOCAL_FILESYSTEM)) {
            builder.config(LOCAL_FILESYSTEM, NioLocalFileSystem.class.getName());
        }
        return builder;
    }
}
