package org.eventbase.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The secret that write endpoints (review, ingest) require as {@code Authorization: Bearer TOKEN}. Created on first
 * start as 32 random bytes in hex, stored in a file only its owner may read (mode 600), and read back on later
 * starts. Example: {@code WriteToken t = WriteToken.loadOrCreate(Path.of("demo/eventbase.db.token"));
 * if (t.created()) print(t.value());}
 *
 * @param created true when this call made the token (so it should be printed, once)
 */
public record WriteToken(String value, Path file, boolean created) {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public static WriteToken loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String value = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (value.length() >= 32) {
                    return new WriteToken(value, file, false);
                }
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String value = HexFormat.of().formatHex(bytes);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".token", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, OWNER_ONLY);
            }
            Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new WriteToken(value, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the write token " + file
                    + "; check that its folder is writable", e);
        }
    }

    /** Whether an {@code Authorization} header carries this token (compared in constant time). */
    public boolean matches(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WriteToken[" + file + "]";
    }
}
