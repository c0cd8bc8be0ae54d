package dev.easel.spark;

import dev.easel.EaselException;
import dev.easel.io.AtomicFiles;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * What an earlier run left under the output: finished results (outputs appear only whole, so one that exists is
 * done) and the temporary files of results a killed task did not finish, which are removed. One listing, on the driver.
 */
final class ExistingOutputs {
    /** The relative outputs that exist, and how many stray temporary files were removed. */
    record Found(Set<String> done, int removedTemps) {
    }

    private ExistingOutputs() {
    }

    static Found scan(FileSystem fs, Path output, Set<String> wanted, boolean recursive) {
        Set<String> done = new HashSet<>();
        int removed = 0;
        String base = HadoopFiles.folderPrefix(output);
        try {
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(output, recursive);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                String relative = file.toUri().getPath().substring(base.length());
                String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
                String target = AtomicFiles.tempTargetName(file.getName());
                if (target != null && wanted.contains(folder + target)) {
                    removed += fs.delete(file, false) ? 1 : 0;
                } else if (wanted.contains(relative)) {
                    done.add(relative);
                }
            }
        } catch (FileNotFoundException e) {
            return new Found(Set.of(), 0); // a first run: no output folder yet
        } catch (IOException e) {
            throw new EaselException(output + ": cannot list files (" + e.getMessage() + ")", e);
        }
        return new Found(done, removed);
    }
}
