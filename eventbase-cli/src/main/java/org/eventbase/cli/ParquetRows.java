package org.eventbase.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;

/**
 * Reads the string columns of one table of the Spark job's output, e.g. {@code OUTPUT/articles}: every
 * {@code .parquet} file under it (all partitions), row by row, with parquet-hadoop and no Spark. Nested columns are
 * left out. Example: {@code ParquetRows.forEach(dir.resolve("failures"), row -> row.get("reason"))}.
 */
final class ParquetRows {
    private ParquetRows() {}

    /** Calls {@code action} with each row as column name → value (null for a null value), file by file. */
    static void forEach(Path table, Consumer<Map<String, String>> action) {
        Configuration conf = new Configuration(false);
        for (Path file : files(table)) {
            try (ParquetReader<Group> reader = ParquetReader
                    .builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri())).withConf(conf)
                    .build()) {
                for (Group row = reader.read(); row != null; row = reader.read()) {
                    action.accept(strings(row));
                }
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException(new IOException(file + ": cannot read it as Parquet ("
                        + e.getMessage() + "); is this the output of the Spark job?", e));
            }
        }
    }

    /** The Parquet files of a table, in path order; none when the table's directory does not exist. */
    static List<Path> files(Path table) {
        if (!Files.isDirectory(table)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(table)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".parquet")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + table + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> strings(Group row) {
        GroupType type = row.getType();
        Map<String, String> values = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < type.getFieldCount(); i++) {
            if (type.getType(i).isPrimitive()) {
                names.add(type.getFieldName(i));
            }
        }
        for (String name : names) {
            boolean binary = type.getType(name).asPrimitiveType().getPrimitiveTypeName() == BINARY;
            values.put(name, row.getFieldRepetitionCount(name) == 0 ? null
                    : binary ? row.getString(name, 0) : row.getValueToString(type.getFieldIndex(name), 0));
        }
        return values;
    }
}
