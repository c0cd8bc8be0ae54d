package dev.easel.spark;

import dev.easel.EaselException;
import dev.easel.models.ModelFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local copies of remote files (hdfs:, s3a:, ...) that the engine must open as local files: each is copied once per
 * JVM, into a temporary folder deleted when the JVM ends. A model card brings its weights file along.
 */
final class LocalCopies {
    private static final Map<String, java.nio.file.Path> COPIES = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static java.nio.file.Path root;

    private LocalCopies() {
    }

    /** The local file for {@code uri}: the file itself on a local file system, else its copy (made on first use). */
    static java.nio.file.Path of(String uri, boolean modelCard, Configuration conf) {
        Path source = new Path(uri);
        FileSystem fs = HadoopFiles.of(source, conf);
        if (HadoopFiles.isLocal(fs)) {
            return java.nio.file.Path.of(source.toUri().getPath());
        }
        // computeIfAbsent: concurrent tasks wait for the one copy instead of each making their own
        return COPIES.computeIfAbsent(uri, u -> copy(fs, source, modelCard, conf));
    }

    /** Copies a file or a folder (VGG blocks) into a fresh local folder; a model card with its weights. */
    static java.nio.file.Path copy(FileSystem fs, Path source, boolean modelCard, Configuration conf) {
        try {
            java.nio.file.Path folder = Files.createDirectory(root().resolve(String.valueOf(COUNT.incrementAndGet())));
            java.nio.file.Path target = folder.resolve(source.getName());
            fs.copyToLocalFile(false, source, new Path(target.toUri()), true);
            if (modelCard) {
                String weights = ModelFile.weightsPath(java.nio.file.Path.of(source.getName())).toString();
                fs.copyToLocalFile(false, new Path(source.getParent(), weights), new Path(folder.resolve(weights).toUri()), true);
            }
            return target;
        } catch (FileNotFoundException e) {
            throw new EaselException(source + ": not found (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new EaselException(source + ": cannot copy it to this machine (" + e.getMessage() + ")", e);
        }
    }

    private static synchronized java.nio.file.Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("easel-spark-");
            java.nio.file.Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
        }
        return root;
    }

    private static void deleteTree(java.nio.file.Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is ending; a temporary folder left behind is the system's to clean
        }
    }
}
