package dev.easel.web.jobs;

import dev.easel.EaselException;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The server's working folder: {@code results/} holds two PNGs per finished job, named by the job id: the
 * result ({@code ID.png}) and the photo as the method saw it, at the result's size ({@code ID.photo.png}), from
 * which the page blends strength live; {@code uploads/} is where large uploads are spooled while a request is read. File names come only from
 * well-formed ids, so nothing a request sends becomes a path. A folder the server created itself is
 * deleted when it stops.
 */
public final class ResultFiles implements AutoCloseable {
    /** Jetty's multipart parser names the uploads it spools "MultiPart" + digits. */
    private static final String JETTY_SPOOL_PREFIX = "MultiPart";
    /** The photo's file: the result's name with this before ".png". */
    private static final String PHOTO = ".photo";
    /** A temporary folder is named "easel-web-PID-RANDOM": a later server removes those of servers no longer running. */
    static final String TEMP_PREFIX = "easel-web-";

    private final Path root;
    private final Path folder;
    private final boolean temporary;

    private ResultFiles(Path root, boolean temporary) throws IOException {
        this.root = root;
        this.folder = Files.createDirectories(root.resolve("results"));
        Files.createDirectories(root.resolve("uploads"));
        this.temporary = temporary;
    }

    /**
     * Results under {@code dataDir}, or in a fresh temporary folder. A previous run's results are removed (its
     * jobs are gone with it), and so is what a crashed run may have left: spooled uploads and half-written
     * results under their temporary names.
     */
    public static ResultFiles open(Path dataDir) {
        return open(dataDir, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As above, with temporary folders made in {@code tempParent} (tests). */
    static ResultFiles open(Path dataDir, Path tempParent) {
        try {
            if (dataDir == null) {
                StaleFolders.deleteOfDeadServers(tempParent, TEMP_PREFIX);
                long pid = ProcessHandle.current().pid();
                return new ResultFiles(Files.createTempDirectory(tempParent, TEMP_PREFIX + pid + "-"), true);
            }
            ResultFiles files = new ResultFiles(dataDir, false);
            files.ids().forEach(files::delete);
            deleteFiles(files.folder, name -> AtomicFiles.tempTargetName(name) != null);
            deleteFiles(files.spoolFolder(), name -> name.startsWith(JETTY_SPOOL_PREFIX));
            return files;
        } catch (IOException e) {
            throw new EaselException("cannot use " + dataDir + " for results: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Where the multipart parser may spool large uploads while it reads a request. */
    public Path spoolFolder() {
        return root.resolve("uploads");
    }

    public Path pathFor(String jobId) {
        if (!JobIds.isWellFormed(jobId)) {
            throw new IllegalArgumentException("not a job id: " + jobId);
        }
        return folder.resolve(jobId + ".png");
    }

    /** The photo at the result's size, beside the result. */
    public Path photoPathFor(String jobId) {
        Path result = pathFor(jobId);
        return result.resolveSibling(jobId + PHOTO + ".png");
    }

    /** Writes the result and the photo atomically (a reader never sees half a PNG); the photo first. */
    public Path write(String jobId, Picture picture, Picture photo) {
        ImageWriter.write(photo, photoPathFor(jobId), true);
        Path file = pathFor(jobId);
        ImageWriter.write(picture, file, true);
        return file;
    }

    /** The job ids that have a result or photo file here. */
    public List<String> ids() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                .filter(n -> n.endsWith(".png")).map(n -> n.substring(0, n.length() - 4))
                .map(n -> n.endsWith(PHOTO) ? n.substring(0, n.length() - PHOTO.length()) : n)
                .filter(JobIds::isWellFormed).distinct().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Deletes the regular files directly in {@code folder} whose names {@code match}. */
    private static void deleteFiles(Path folder, Predicate<String> match) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && match.test(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    public void delete(String jobId) {
        try {
            Files.deleteIfExists(pathFor(jobId));
            Files.deleteIfExists(photoPathFor(jobId));
        } catch (IOException e) {
            // retried by the next sweep's delete of the same job, or removed with the folder
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort on shutdown
        }
    }
}
