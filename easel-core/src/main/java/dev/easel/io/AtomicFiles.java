package dev.easel.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing files so that a crash never leaves a half-written one under the final name. */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The names {@link #createTemp} gives: "." + file name + "." + random hex + ".tmp". */
    private static final Pattern TEMP_NAME = Pattern.compile("^\\.(.+)\\.[0-9a-f]{1,16}\\.tmp$");

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

    /**
     * The file name a temporary file of {@link #createTemp} stands in for ("photo.png" for
     * ".photo.png.3f2a9c01.tmp"), or null if {@code fileName} is not such a name: how a crashed write's leftovers
     * are recognised.
     */
    public static String tempTargetName(String fileName) {
        Matcher m = TEMP_NAME.matcher(fileName);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Deletes the temporary files a killed write of {@code target} left beside it (hidden, so nobody sees them, but
     * they hold disk space) and returns how many there were.
     */
    public static int deleteStrayTemps(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (name.equals(tempTargetName(f.getFileName().toString())) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed holds nothing we could clean; the write will report the problem
        }
        return removed;
    }

    /**
     * Checks that a file can be created in {@code folder}, or in the nearest folder above it that exists (the
     * writers create the missing ones): an empty temporary file for {@code fileName} is created there and deleted
     * again. Named like a write's temporary file, one a kill leaves in that instant is cleaned like one.
     *
     * @throws IOException with the reason when it cannot
     */
    public static void probeWritable(Path folder, String fileName) throws IOException {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new java.nio.file.NotDirectoryException(String.valueOf(existing));
        }
        Files.deleteIfExists(createTemp(existing, fileName));
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

    /**
     * Gives {@code temp} the name {@code target} unless that exists. A hard link claims the name atomically and
     * fails if it was taken meanwhile (a rename would silently replace a file created in between); on a file
     * system without hard links a plain move, which still refuses an existing target. The caller deletes the
     * temporary name afterwards (after a link both names exist).
     *
     * @throws FileAlreadyExistsException if {@code target} exists
     */
    public static void moveNoClobber(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) { // file system without hard links
            Files.move(temp, target);
        }
    }
}
