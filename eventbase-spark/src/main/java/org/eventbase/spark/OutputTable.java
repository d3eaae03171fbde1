package org.eventbase.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes, one directory each under the output directory, and their columns. Every
 * table but {@code failures} starts with {@code article_id} and is partitioned by {@value #PARTITION}: the
 * article's publication day ({@code 2024-03-14}) or {@value #UNKNOWN_DAY}. Events carry their actors and
 * evidence as nested arrays of structs; entities their mentions. See docs/spark.md for every column.
 * Example: {@code OUTPUT/events/published_day=2024-03-14/part-00000-....snappy.parquet}.
 */
enum OutputTable {
    ARTICLES(true,
            col("article_id", StringType), col("input", StringType), col("url", StringType),
            col("title", StringType), col("byline", StringType), col("publisher", StringType),
            col("syndicator", StringType), col("published", StringType), col("language", StringType),
            col("text", StringType), col("document_json", StringType),
            col("sentences_json", StringType), col("raw_format", StringType), col("raw_content", StringType),
            col("raw_metadata_json", StringType)),
    ENTITIES(true,
            col("article_id", StringType), col("entity_id", StringType), col("name", StringType),
            col("kind", StringType), col("aliases", createArrayType(StringType)),
            col("mentions", createArrayType(struct(col("start", IntegerType), col("end", IntegerType),
                    col("text", StringType))))),
    PLACES(true,
            col("article_id", StringType), col("place_id", StringType), col("name", StringType),
            col("geoname_id", LongType), col("lat", DoubleType), col("lon", DoubleType),
            col("feature_class", StringType), col("feature_code", StringType), col("country_code", StringType),
            col("population", LongType), col("precision", StringType), col("entity_id", StringType),
            col("mention_count", IntegerType), col("reason", StringType)),
    QUOTES(true,
            col("article_id", StringType), col("quote_id", StringType), col("kind", StringType),
            col("text", StringType), col("start", IntegerType), col("end", IntegerType),
            col("speaker_id", StringType), col("speaker_text", StringType), col("verb", StringType),
            col("channel", StringType)),
    COUNTS(true,
            col("article_id", StringType), col("count_id", StringType), col("kind", StringType),
            col("min", IntegerType), col("max", IntegerType), col("text", StringType), col("victims", StringType),
            col("claimant", StringType), col("historical", BooleanType), col("start", IntegerType),
            col("end", IntegerType)),
    EVENTS(true,
            col("article_id", StringType), col("event_id", StringType), col("type", StringType),
            col("mode", StringType), col("acled_event_type", StringType),
            col("acled_sub_event_type", StringType), col("trigger", StringType),
            col("place_text", StringType), col("place_id", StringType), col("time_text", StringType),
            col("time_value", StringType), col("hypothetical", BooleanType), col("negated", BooleanType),
            col("historical", BooleanType), col("reported", BooleanType), col("claimant", StringType),
            col("confidence", DoubleType), col("count_ids", createArrayType(StringType)),
            col("actors", createArrayType(struct(col("role", StringType), col("text", StringType),
                    col("entity_id", StringType), col("kind", StringType), col("start", IntegerType),
                    col("end", IntegerType)))),
            col("evidence", createArrayType(struct(col("start", IntegerType), col("end", IntegerType),
                    col("text", StringType))))),
    FAILURES(false, col("input", StringType), col("stage", StringType), col("reason", StringType));

    /** The partition column of every table but failures. */
    static final String PARTITION = "published_day";
    /** The partition of articles without a (parseable) publication date. */
    static final String UNKNOWN_DAY = "unknown";

    private final boolean partitioned;
    private final StructType schema;

    OutputTable(boolean partitioned, StructField... columns) {
        this.partitioned = partitioned;
        List<StructField> fields = new ArrayList<>(List.of(columns));
        if (partitioned) {
            fields.add(col(PARTITION, StringType));
        }
        this.schema = createStructType(fields);
    }

    /** The directory name under the output directory, e.g. {@code events}. */
    String directory() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean partitioned() {
        return partitioned;
    }

    StructType schema() {
        return schema;
    }

    private static StructField col(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(fields);
    }
}
