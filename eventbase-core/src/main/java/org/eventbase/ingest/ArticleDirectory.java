package org.eventbase.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The articles in a directory tree: every file, recursively, in sorted path order, each read lazily and closed
 * before the next is opened. Hidden files and directories (name starting with a dot) are skipped, and so are
 * files that are clearly not articles by their extension (images, audio, video, fonts, CSS and JavaScript, as
 * saved next to web pages). Every other file is tried, so a stray PDF or binary shows up as a failure rather than
 * vanishing. Symbolic links are followed. Example: {@code news/} with {@code b.txt} and {@code a/x.html} gives {@code news/a/x.html}, then
 * {@code news/b.txt}.
 */
final class ArticleDirectory implements Iterator<ReadResult>, Closeable {
    private static final Set<String> NOT_ARTICLE_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "ico", "svg", "heic", "avif",
            "mp3", "mp4", "m4a", "wav", "ogg", "oga", "flac", "webm", "avi", "mov", "mkv",
            "woff", "woff2", "ttf", "otf", "eot", "css", "js", "map");

    /** A file to read, or a part of the tree that could not be listed. */
    private record Entry(Path path, ReadResult.Failed failure) {
    }

    private final Iterator<Entry> entries;
    private final ReadLimits limits;
    private ArticleFile current;
    private ReadResult pending;

    private ArticleDirectory(List<Entry> entries, ReadLimits limits) {
        this.entries = entries.iterator();
        this.limits = limits;
    }

    /** Lists the tree now (paths only, so memory stays small); files are read as results are asked for. */
    static ArticleDirectory of(Path directory, ReadLimits limits) {
        List<Entry> entries = list(directory);
        if (entries.isEmpty()) {
            entries = List.of(new Entry(directory,
                    new ReadResult.Failed(directory.toString(), ReadProblems.noArticleFiles())));
        }
        return new ArticleDirectory(entries, limits);
    }

    static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !NOT_ARTICLE_EXTENSIONS.contains(InputFormat.extensionOf(name));
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (current != null && current.hasNext()) {
                pending = current.next();
            } else if (current != null) {
                current.close();
                current = null;
            } else if (entries.hasNext()) {
                Entry entry = entries.next();
                if (entry.failure() != null) {
                    pending = entry.failure();
                } else {
                    current = new ArticleFile(entry.path(), limits);
                }
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = pending;
        pending = null;
        return result;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static List<Entry> list(Path directory) {
        Lister lister = new Lister(directory);
        try {
            // Links are followed, as users link data folders in; a loop is reported by visitFileFailed.
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, lister);
        } catch (IOException unexpected) {
            lister.failed(directory, unexpected);
        }
        List<Entry> entries = lister.entries;
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    /** Collects candidate files and unlistable parts of the tree, skipping hidden directories below the root. */
    private static final class Lister extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Entry> entries = new ArrayList<>();

        Lister(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isCandidate(file)) {
                entries.add(new Entry(file, null));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException problem) {
            failed(file, problem);
            return FileVisitResult.CONTINUE;
        }

        void failed(Path path, IOException problem) {
            String message = problem instanceof FileSystemLoopException ? ReadProblems.linkLoop()
                    : ReadProblems.directoryNotReadable(
                            problem instanceof AccessDeniedException ? "permission denied" : problem.getMessage());
            entries.add(new Entry(path, new ReadResult.Failed(path.toString(), message)));
        }
    }
}
