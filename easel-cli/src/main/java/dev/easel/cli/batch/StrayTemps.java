package dev.easel.cli.batch;

import dev.easel.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes what an interrupted batch left behind: outputs are written as hidden ".NAME.RANDOM.tmp" files
 * beside their final name and renamed when complete, so a run that was killed may leave one. Only temporary
 * files of this batch's own outputs are touched.
 */
public final class StrayTemps {
    private StrayTemps() {
    }

    /** Deletes stray temporary files of {@code jobs}' outputs and returns how many there were. */
    public static int remove(List<BatchPlan.Job> jobs) {
        Set<Path> outputs = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        for (BatchPlan.Job job : jobs) {
            Path out = job.output().toAbsolutePath().normalize();
            outputs.add(out);
            folders.add(out.getParent());
        }
        int removed = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String target = AtomicFiles.tempTargetName(f.getFileName().toString());
                    if (target != null && outputs.contains(folder.resolve(target)) && Files.deleteIfExists(f)) {
                        removed++;
                    }
                }
            } catch (IOException e) {
                // a folder we cannot list holds nothing we could clean; writing there will report the problem
            }
        }
        return removed;
    }
}
