package org.eventbase.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables of the corpus-level story stage ({@link StoryStage}), one directory each under the output
 * directory, not partitioned (a story spans days). They hold what the store's story tables hold after
 * {@code eventbase import}: stories, each article's story and canonical copy, merged events with every mention
 * (nested) and their figures ({@code claims_json}: one summary per kind of count, every claim kept). See
 * docs/spark.md. Example: {@code OUTPUT/merged_events/part-00000-....snappy.parquet}.
 */
enum StoryTable {
    STORIES(col("story_id", StringType), col("title", StringType), col("first_day", StringType),
            col("last_day", StringType), col("articles", IntegerType), col("duplicates", IntegerType),
            col("events", IntegerType), col("conflicting", IntegerType), col("actors", createArrayType(StringType)),
            col("places", createArrayType(StringType))),
    STORY_ARTICLES(col("story_id", StringType), col("article_id", StringType), col("canonical_id", StringType),
            col("duplicate", BooleanType), col("title", StringType), col("publisher", StringType),
            col("published", StringType)),
    MERGED_EVENTS(col("story_id", StringType), col("merged_event_id", StringType), col("ordinal", IntegerType),
            col("type", StringType), col("mode", StringType), col("place", StringType),
            col("country_code", StringType), col("day_from", StringType), col("day_to", StringType),
            col("articles", IntegerType), col("conflicting", BooleanType),
            col("mentions", createArrayType(createStructType(new StructField[] {col("event_key", StringType),
                    col("article_id", StringType), col("publisher", StringType), col("published", StringType),
                    col("evidence", StringType)}))),
            col("claims_json", StringType));

    private final StructType schema;

    StoryTable(StructField... columns) {
        this.schema = createStructType(columns);
    }

    /** The directory name under the output directory, e.g. {@code merged_events}. */
    String directory() {
        return name().toLowerCase(Locale.ROOT);
    }

    StructType schema() {
        return schema;
    }

    private static StructField col(String name, DataType type) {
        return createStructField(name, type, true);
    }
}
