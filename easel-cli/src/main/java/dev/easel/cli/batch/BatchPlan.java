package dev.easel.cli.batch;

import dev.easel.EaselException;
import dev.easel.io.FileNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which output each photo gets: OUTPUT/RELATIVE-FOLDER/NAME.FORMAT. Two photos that would share an output
 * (a.jpg and a.png) keep their extension in the name instead (a.jpg.png, a.png.png), so every photo has
 * its own output and a re-run maps each photo to the same file, which is what resume relies on.
 */
public final class BatchPlan {
    /** One photo and the output it becomes. */
    public record Job(InputFiles.Input input, Path output) {
        /** Finished: outputs are only ever renamed into place whole, so one that exists is complete. */
        public boolean done() {
            return Files.exists(output);
        }
    }

    private BatchPlan() {
    }

    public static List<Job> of(List<InputFiles.Input> inputs, Path outputFolder, String format) {
        Map<Path, Integer> uses = new HashMap<>();
        for (InputFiles.Input in : inputs) {
            uses.merge(outputFor(in, outputFolder, format, false), 1, Integer::sum);
        }
        Set<Path> inputPaths = new HashSet<>();
        inputs.forEach(in -> inputPaths.add(in.path().toAbsolutePath().normalize()));
        List<Job> jobs = new ArrayList<>();
        Map<Path, InputFiles.Input> taken = new HashMap<>();
        for (InputFiles.Input in : inputs) {
            Path out = outputFor(in, outputFolder, format, false);
            if (uses.get(out) > 1) {
                out = outputFor(in, outputFolder, format, true);
            }
            InputFiles.Input other = taken.putIfAbsent(out, in);
            if (other != null) {
                throw new EaselException(in.path() + " and " + other.path() + " would both be written to " + out
                    + "; rename one, or run them as separate batches");
            }
            if (inputPaths.contains(out.toAbsolutePath().normalize())) {
                throw new EaselException(out + " is an input photo and would be overwritten; choose another --output folder");
            }
            jobs.add(new Job(in, out));
        }
        return jobs;
    }

    private static Path outputFor(InputFiles.Input in, Path folder, String format, boolean keepExtension) {
        String name = in.relative().getFileName().toString();
        String stem = keepExtension ? name : FileNames.stem(name);
        Path parent = in.relative().getParent();
        Path dir = parent == null ? folder : folder.resolve(parent);
        return dir.resolve(stem + "." + format);
    }
}
