package org.eventbase.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
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

    static Set<PosixFilePermission> posix(FsPermission permission) {
        Set<PosixFilePermission> bits = EnumSet.noneOf(PosixFilePermission.class);
        add(bits, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        add(bits, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE);
        add(bits, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        return bits;
    }

    static FsPermission hadoop(Set<PosixFilePermission> bits) {
        return new FsPermission(
                action(bits, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE),
                action(bits, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.GROUP_EXECUTE),
                action(bits, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                        PosixFilePermission.OTHERS_EXECUTE));
    }

    private static void add(Set<PosixFilePermission> bits, FsAction action, PosixFilePermission read,
            PosixFilePermission write, PosixFilePermission execute) {
        if (action.implies(FsAction.READ)) {
            bits.add(read);
        }
        if (action.implies(FsAction.WRITE)) {
            bits.add(write);
        }
        if (action.implies(FsAction.EXECUTE)) {
            bits.add(execute);
        }
    }

    private static FsAction action(Set<PosixFilePermission> bits, PosixFilePermission read,
            PosixFilePermission write, PosixFilePermission execute) {
        FsAction action = FsAction.NONE;
        if (bits.contains(read)) {
            action = action.or(FsAction.READ);
        }
        if (bits.contains(write)) {
            action = action.or(FsAction.WRITE);
        }
        if (bits.contains(execute)) {
            action = action.or(FsAction.EXECUTE);
        }
        return action;
    }
}
