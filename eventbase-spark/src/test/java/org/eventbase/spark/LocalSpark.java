package org.eventbase.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local-mode Spark session of the test JVM ({@code local[2]}, set up as the job is), stopped when the JVM
 * exits.
 */
final class LocalSpark {
    private LocalSpark() {}

    private static final class Lazy {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            SparkSession spark = JobSession.builder("eventbase-test").master("local[2]")
                    .config("spark.ui.enabled", "false").config("spark.sql.warehouse.dir", "target/spark-warehouse")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
            return spark;
        }
    }

    static SparkSession session() {
        return Lazy.SESSION;
    }
}
