package dev.easel.spark;

import dev.easel.EaselException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;

/** File systems for paths, the same way everywhere in the job. */
final class HadoopFiles {
    private HadoopFiles() {
    }

    /**
     * The file system of {@code path}. For file: the raw one: Hadoop's checksummed local file system would leave a
     * hidden .crc file beside every output.
     */
    static FileSystem of(Path path, Configuration conf) {
        try {
            FileSystem fs = path.getFileSystem(conf);
            return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
        } catch (IOException e) {
            throw new EaselException(path + ": cannot open its file system (" + e.getMessage() + ")", e);
        }
    }

    /** Whether files of {@code fs} are local files the JVM can open as they are. */
    static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getUri().getScheme());
    }

    /** The path part of a folder's URI with one trailing slash: what the paths of the files below it start with. */
    static String folderPrefix(Path folder) {
        String path = folder.toUri().getPath();
        return path.endsWith("/") ? path : path + "/";
    }

    /** {@code path} made absolute on its file system ("file:/home/me/x", "hdfs://nn/user/me/x"). */
    static Path qualified(String path, Configuration conf) {
        Path p = new Path(path);
        return of(p, conf).makeQualified(p);
    }
}
