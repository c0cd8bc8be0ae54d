package dev.easel.io;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tiny tmpfs for full-disk tests. Mounting needs root (or a user namespace); where it is not allowed the test
 * is skipped by an assumption, and the injected-failure tests beside it still run.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} at a new folder in {@code parent}, or skips the test. */
    public static SmallDisk mount(Path parent, int kilobytes) throws IOException, InterruptedException {
        Path point = Files.createDirectories(parent.resolve("small-disk"));
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", point.toString());
        Assumptions.assumeTrue(rc == 0, "cannot mount a tmpfs here (needs root); the injected-failure tests cover the code");
        return new SmallDisk(point);
    }

    /** Mounts a read-only tmpfs, or skips the test. */
    public static SmallDisk mountReadOnly(Path parent) throws IOException, InterruptedException {
        Path point = Files.createDirectories(parent.resolve("read-only-disk"));
        int rc = run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", point.toString());
        Assumptions.assumeTrue(rc == 0, "cannot mount a tmpfs here (needs root)");
        return new SmallDisk(point);
    }

    public Path path() {
        return mountPoint;
    }

    /** Fills the disk with one file until the writer hits "no space left". */
    public void fill() throws IOException {
        fill(0);
    }

    /** Fills the disk, then frees {@code freeBytes} again: a write that starts fine and runs out part way. */
    public void fill(int freeBytes) throws IOException {
        Path filler = mountPoint.resolve(".filler");
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            // full
        }
        try (var channel = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - freeBytes));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) { // no mount command
            return -1;
        }
    }
}
