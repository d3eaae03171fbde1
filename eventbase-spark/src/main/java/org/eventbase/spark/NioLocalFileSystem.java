package org.eventbase.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local filesystem ({@code file://}, with its checksum files) that reads and sets POSIX permissions through
 * {@code java.nio} instead of a child process. Without Hadoop's native library, which Maven Central does not carry,
 * the stock {@link RawLocalFileSystem} runs {@code ls -ld} for every file status it lists and {@code chmod} for
 * every file and directory it creates: about 350 processes, each forked from a JVM of several GB, in one job on 240
 * articles, most of them on the driver between Spark jobs. Files, owners and permission bits are the same; only a
 * sticky bit (which Spark's writers never ask for) still goes through Hadoop's {@code chmod}.
 * {@link JobSession} makes Spark use it for {@code file://} unless {@code spark.hadoop.fs.file.impl} is set.
 * Example: {@code conf.set("fs.file.impl", NioLocalFileSystem.class.getName())}.
 */
public class NioLocalFileSystem extends LocalFileSystem {
    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The raw (checksum-free) part: file statuses and permissions through {@code java.nio}. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public FileStatus getFileStatus(Path path) throws IOException {
            return status(path);
        }

        @Override
        public FileStatus getFileLinkStatus(Path path) throws IOException {
            if (Files.isSymbolicLink(pathToFile(path).toPath())) {
                return super.getFileLinkStatus(path);
            }
            return status(path);
        }

        @Override
        public FileStatus[] listStatus(Path path) throws IOException {
            File file = pathToFile(path);
            if (file.isDirectory()) {
                return super.listStatus(path); // calls getFileStatus for each entry
            }
            return new FileStatus[] {status(path)};
        }

        @Override
        public void setPermission(Path path, FsPermission permission) throws IOException {
            if (permission.getStickyBit()) {
                super.setPermission(path, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission));
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException("File " + path + " does not exist");
            } catch (UnsupportedOperationException e) {
                super.setPermission(path, permission); // not a POSIX filesystem: Hadoop knows what to do
            }
        }

        /** The status of the file or directory the path names, following symbolic links, as Hadoop's does. */
        private FileStatus status(Path path) throws IOException {
            PosixFileAttributes attributes;
            try {
                attributes = Files.readAttributes(pathToFile(path).toPath(), PosixFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException("File " + path + " does not exist");
            } catch (UnsupportedOperationException e) {
                return super.getFileStatus(path);
            }
            return new FileStatus(attributes.size(), attributes.isDirectory(), 1, getDefaultBlockSize(path),
                    attributes.lastModifiedTime().toMillis(), attributes.lastAccessTime().toMillis(),
                    hadoop(attributes.permissions()), attributes.owner().getName(), attributes.group().getName(),
                    // as Hadoop's own does: re-parsing the path drops a trailing slash a URI may have brought
                    new Path(path.toString()).makeQualified(getUri(), getWorkingDirectory()));
        }
    }

    /** Hadoop's permission as java.nio's set; {@code permission} has no sticky bit (that goes to Hadoop's chmod). */
    static Set<PosixFilePermission> posix(FsPermission permission) {
        return PosixFilePermissions.fromString(permission.toString()); // "rwxr-x---"
    }

    /** java.nio's permission set as Hadoop's permission. */
    static FsPermission hadoop(Set<PosixFilePermission> bits) {
        return FsPermission.valueOf("-" + PosixFilePermissions.toString(bits)); // "-rwxr-x---", as ls -l shows it
    }
}
