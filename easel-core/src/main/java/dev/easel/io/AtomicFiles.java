package dev.easel.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/** Writing files so that a crash never leaves a half-written one under the final name. */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * A new empty hidden file beside {@code fileName} in {@code folder}. Files.createTempFile would make
     * the result owner-only (0600); createFile honours the umask, like any file the user writes.
     */
    public static Path createTemp(Path folder, String fileName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + fileName + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Writes {@code bytes} to a temporary file, then renames it over {@code target} in one step. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = createTemp(folder, target.getFileName().toString());
        try {
            Files.write(tmp, bytes);
            moveReplacing(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames {@code source} over {@code target}: atomically where the file system can. */
    public static void moveReplacing(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
