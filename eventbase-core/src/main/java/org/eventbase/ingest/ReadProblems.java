package org.eventbase.ingest;

/**
 * The wording of every problem a reader reports, in one place so that messages stay consistent: a short
 * lower-case phrase saying what is wrong, then what to do. Example: {@link #emptyFile()} is
 * {@code "empty file (or only whitespace); add the article text or remove the file"}.
 */
final class ReadProblems {
    private static final int MAX_REASON_CHARS = 120;

    private ReadProblems() {
    }

    static String notFound() {
        return "no such file or directory; check the path";
    }

    static String notReadable() {
        return "cannot read (permission denied); check the file's permissions";
    }

    static String directoryNotReadable(String reason) {
        return "cannot list the directory (" + shorten(reason) + "); check its permissions";
    }

    static String linkLoop() {
        return "symbolic link loop (the link points to a folder that contains it); remove or change the link";
    }

    static String ioError(String reason) {
        return "cannot read the file (" + shorten(reason) + "); check that it is a regular, readable file";
    }

    static String emptyFile() {
        return "empty file (or only whitespace); add the article text or remove the file";
    }

    static String binaryFile() {
        return "binary file, not text, HTML or JSONL; convert it to text first";
    }

    static String fileTooLarge(long size, ReadLimits limits) {
        return "file is " + ByteSizes.describe(size) + ", above the limit of " + limits.describe()
                + "; raise the limit with --max-bytes";
    }

    static String decompressedTooLarge(ReadLimits limits) {
        return "decompressed content is above the limit of " + limits.describe()
                + "; raise the limit with --max-bytes";
    }

    static String corruptGzip(String reason) {
        return "corrupt gzip data (" + shorten(reason) + "); re-download or re-compress the file";
    }

    static String noArticleFiles() {
        return "directory has no article files (text, HTML, JSONL, or .gz); check the path";
    }

    static String malformedJsonLine(long line, String reason) {
        return "malformed JSON on line " + line + ": " + shorten(reason);
    }

    static String malformedJson(String reason) {
        return "malformed JSON: " + shorten(reason);
    }

    static String lineTooLarge(long line, ReadLimits limits) {
        return "line " + line + " is above the limit of " + limits.describe() + "; raise the limit with --max-bytes";
    }

    static String noHtmlInWarc() {
        return "WARC file without any HTML page (response records with status 200 and text/html)";
    }

    static String nulCharacter(long at) {
        return "NUL character at character " + at + ", which text never holds; the file is binary or corrupt";
    }

    static String nulInMetadata() {
        return "NUL character in a metadata field, which text never holds; the record is binary or corrupt";
    }

    static String xmlNotArticle() {
        return "an XML document (such as an RSS or Atom feed), not an article; give a feed's URL to ingest its items";
    }

    static String metadataTooLong(String field, int length, int max) {
        return String.format(java.util.Locale.ROOT, "field \"%s\" is %,d characters, more than the %,d it may have",
                field, length, max);
    }

    static String jsonArray() {
        return "a JSON array, not JSON Lines; write one article object per line";
    }

    static String utf16JsonLines() {
        return "UTF-16 JSON Lines are not supported; convert the file to UTF-8";
    }

    /** First line of a library's reason, cut to a length that keeps the message on one line. */
    static String shorten(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown reason";
        }
        String firstLine = reason.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= MAX_REASON_CHARS ? firstLine : firstLine.substring(0, MAX_REASON_CHARS) + "…";
    }
}
