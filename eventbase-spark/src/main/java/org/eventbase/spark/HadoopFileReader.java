package org.eventbase.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.input.PortableDataStream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;

/**
 * Reads the articles of one file that Spark listed through Hadoop ({@code file://}, {@code hdfs://},
 * {@code s3a://}, ...) with the CLI's readers: JSONL, WARC, text and HTML, gzipped or not. The file is streamed
 * from Hadoop, never opened as a local path, and read lazily (a big JSONL file is not held in memory); problems
 * become failed {@link InputArticle}s, never exceptions.
 * Example: {@code HadoopFileReader.read("s3a://news/2024/dump.jsonl.gz", stream)} gives one result per line.
 */
final class HadoopFileReader {
    private HadoopFileReader() {}

    static Iterator<InputArticle> read(String name, PortableDataStream file) {
        ArticleInputs inputs = new ArticleInputs(ReadLimits.defaults());
        Stream<InputArticle> results = inputs.read(name, lengthOf(file), file::open).map(InputArticle::of);
        Iterator<InputArticle> each = results.iterator();
        return new Iterator<>() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                boolean more = open && each.hasNext();
                if (!more && open) {
                    open = false;
                    results.close();
                }
                return more;
            }

            @Override
            public InputArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException(name);
                }
                return each.next();
            }
        };
    }

    /** The file's length in bytes, or -1 when the filesystem cannot say (the readers then bound what they read). */
    private static long lengthOf(PortableDataStream file) {
        try {
            Path path = new Path(file.getPath());
            return path.getFileSystem(file.getConfiguration()).getFileStatus(path).getLen();
        } catch (IOException e) {
            return -1;
        }
    }
}
