package dev.easel.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;

/** Reading a photo through Hadoop's file system API, whole, as the image reader wants it. */
final class PhotoFiles {
    /** The largest photo file read into memory: the image reader's own limit. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    private PhotoFiles() {
    }

    static byte[] read(Path path, Configuration conf) throws IOException {
        FileSystem fs = HadoopFiles.of(path, conf);
        long length;
        try {
            length = fs.getFileStatus(path).getLen();
        } catch (FileNotFoundException e) {
            throw new IOException("file not found (removed after the job started?)", e);
        }
        if (length > MAX_BYTES) {
            throw new IOException("file is too large (over 2 GB) to be a photo we can process");
        }
        byte[] bytes = new byte[(int) length];
        try (FSDataInputStream in = fs.open(path)) {
            in.readFully(0, bytes);
        }
        return bytes;
    }
}
