package dev.easel.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's peak resident memory from /proc (Linux): VmHWM, the kernel's own high-water mark. */
final class RssSampler {
    private final Path status;

    RssSampler(long pid) {
        this.status = Path.of("/proc", String.valueOf(pid), "status");
    }

    /** Peak RSS in bytes so far, or -1 where /proc cannot tell. */
    long peakBytes() {
        return field("VmHWM:");
    }

    private long field(String name) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
