package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
    @TempDir
    java.nio.file.Path dir;

    private static FileSystem open(FileSystem fs) throws IOException {
        fs.initialize(URI.create("file:///"), new Configuration());
        return fs;
    }

    @Test
    void statusesMatchHadoopsOwnLocalFilesystemPermissionsOwnersAndAll() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"one\"}\n");
        Files.setPosixFilePermissions(dir.resolve("a.jsonl"), PosixFilePermissions.fromString("rw-r-----"));
        Files.createDirectory(dir.resolve("sub"));
        Files.setPosixFilePermissions(dir.resolve("sub"), PosixFilePermissions.fromString("rwx--x--x"));
        Files.writeString(dir.resolve("sub/b.txt"), "two");
        Files.setPosixFilePermissions(dir.resolve("sub/b.txt"), PosixFilePermissions.fromString("r--rw--wx"));
        try (FileSystem nio = open(new NioLocalFileSystem()); FileSystem stock = open(new LocalFileSystem())) {
            Path root = new Path(dir.toUri());
            for (Path path : new Path[] {root, new Path(root, "sub"), new Path(root, "a.jsonl")}) {
                assertSameStatuses(nio.listStatus(path), stock.listStatus(path));
                assertSameStatuses(new FileStatus[] {nio.getFileStatus(path)},
                        new FileStatus[] {stock.getFileStatus(path)});
            }
            assertThat(nio.getFileStatus(new Path(root, "sub/b.txt")).getPermission())
                    .isEqualTo(new FsPermission((short) 0463));
        }
    }

    private static void assertSameStatuses(FileStatus[] nio, FileStatus[] stock) {
        Comparator<FileStatus> byPath = Comparator.comparing(s -> s.getPath().toString());
        Arrays.sort(nio, byPath);
        Arrays.sort(stock, byPath);
        assertThat(nio).hasSameSizeAs(stock);
        for (int i = 0; i < nio.length; i++) {
            FileStatus n = nio[i];
            FileStatus s = stock[i];
            assertThat(n.getPath()).isEqualTo(s.getPath());
            assertThat(n.isDirectory()).isEqualTo(s.isDirectory());
            if (!n.isDirectory()) {
                assertThat(n.getLen()).isEqualTo(s.getLen());
            }
            assertThat(n.getModificationTime()).isEqualTo(s.getModificationTime());
            assertThat(n.getPermission()).as(n.getPath().toString()).isEqualTo(s.getPermission());
            assertThat(n.getOwner()).isEqualTo(s.getOwner());
            assertThat(n.getGroup()).isEqualTo(s.getGroup());
            assertThat(n.getBlockSize()).isEqualTo(s.getBlockSize());
        }
    }

    @Test
    void createsDirectoriesAndFilesWithTheRequestedPermissionsLessTheUmask() throws IOException {
        Configuration conf = new Configuration();
        conf.set("fs.permissions.umask-mode", "022");
        try (FileSystem fs = new NioLocalFileSystem()) {
            fs.initialize(URI.create("file:///"), conf);
            Path table = new Path(new Path(dir.toUri()), "out/articles");
            assertThat(fs.mkdirs(table, new FsPermission((short) 0777))).isTrue();
            Path part = new Path(table, "part-00000.parquet");
            try (OutputStream out = fs.create(part, new FsPermission((short) 0666), true, 4096, (short) 1, 1 << 20,
                    null)) {
                out.write("rows".getBytes());
            }
            assertThat(posix(dir.resolve("out/articles"))).isEqualTo("rwxr-xr-x");
            assertThat(posix(dir.resolve("out/articles/part-00000.parquet"))).isEqualTo("rw-r--r--");
            assertThat(Files.readString(dir.resolve("out/articles/part-00000.parquet"))).isEqualTo("rows");
            fs.setPermission(part, new FsPermission((short) 0640));
            assertThat(posix(dir.resolve("out/articles/part-00000.parquet"))).isEqualTo("rw-r-----");
            assertThat(fs.getFileStatus(part).getPermission()).isEqualTo(new FsPermission((short) 0640));
        }
    }

    private static String posix(java.nio.file.Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aMissingPathIsFileNotFoundAsWithHadoopsOwn() throws IOException {
        try (FileSystem fs = open(new NioLocalFileSystem())) {
            Path missing = new Path(new Path(dir.toUri()), "nowhere.warc.gz");
            assertThatThrownBy(() -> fs.getFileStatus(missing)).isInstanceOf(FileNotFoundException.class)
                    .hasMessageContaining("nowhere.warc.gz");
            assertThatThrownBy(() -> fs.listStatus(missing)).isInstanceOf(FileNotFoundException.class);
            assertThatThrownBy(() -> fs.setPermission(missing, new FsPermission((short) 0644)))
                    .isInstanceOf(FileNotFoundException.class);
            assertThat(fs.exists(missing)).isFalse();
        }
    }

    @Test
    void theJobsSessionReadsLocalPathsThroughIt() throws IOException {
        Configuration hadoop = LocalSpark.session().sparkContext().hadoopConfiguration();
        assertThat(hadoop.get("fs.file.impl")).isEqualTo(NioLocalFileSystem.class.getName());
        try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), hadoop)) {
            assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
        }
    }
}
