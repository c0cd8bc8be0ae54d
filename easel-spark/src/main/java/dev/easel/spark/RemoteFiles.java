package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The files the stylize flags name (model, VGG weights, style images, masks) on a cluster: the driver makes each path
 * absolute on its file system, and every executor reads it through the same Hadoop API, so hdfs: and s3a: paths work
 * and a cluster needs nothing but the job's jar.
 */
final class RemoteFiles {
    private RemoteFiles() {
    }

    /** Driver: paths made absolute URIs; names (a shipped model, a multi-style network's style) stay as they are. */
    static StylizeFlags qualify(StylizeFlags flags, Configuration conf) {
        return flags.mapPaths((flag, value) -> isPath(flag, value, conf) ? HadoopFiles.qualified(value, conf).toString() : value);
    }

    /** Executor (or driver): each URI as a local file, itself on a local file system, else a copy made once per JVM. */
    static StylizeFlags localize(StylizeFlags flags, Configuration conf) {
        return flags.mapPaths((flag, value) -> hasScheme(value)
            ? LocalCopies.of(value, flag.equals("--model"), conf).toString() : value);
    }

    /**
     * Whether a flag's value is a path. --model takes a name unless it has a slash or is a .json card (the model
     * registry's rule); --style is a path when such a file exists (else a style of the model, for multi).
     */
    private static boolean isPath(String flag, String value, Configuration conf) {
        return switch (flag) {
            case "--model" -> value.contains("/") || value.endsWith(".json");
            case "--style" -> exists(value, conf);
            default -> true;
        };
    }

    private static boolean exists(String value, Configuration conf) {
        try {
            Path p = new Path(value);
            return HadoopFiles.of(p, conf).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(value + ": cannot check (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) { // not a path at all
            return false;
        }
    }

    private static boolean hasScheme(String value) {
        try {
            return URI.create(value).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
