package dev.easel.spark;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Puts a finished file at its path so that nobody sees half of it. On HDFS and local disks the bytes go to a hidden
 * temporary file beside it (named like {@code AtomicFiles}' temporary files, so a later run recognises leftovers),
 * renamed into place: one atomic step. Object stores (S3, GCS, Azure blobs) have no atomic rename (a rename is a copy),
 * but an object appears only when its upload completes, whole, so there the file is written directly.
 */
final class HadoopWrites {
    static final Set<String> OBJECT_STORES = Set.of("s3a", "s3", "s3n", "gs", "oss", "cosn", "obs", "wasb", "wasbs");
    private static final SecureRandom RANDOM = new SecureRandom();

    private HadoopWrites() {
    }

    /**
     * Writes {@code bytes} to {@code target}.
     *
     * @param replace replace a file that exists; without it an existing file is left alone
     * @return false if the file existed and was left alone (another attempt of the same task wrote it)
     */
    static boolean write(FileSystem fs, Path target, byte[] bytes, boolean replace) throws IOException {
        if (!replace && fs.exists(target)) {
            return false;
        }
        fs.mkdirs(target.getParent());
        if (OBJECT_STORES.contains(fs.getUri().getScheme())) {
            try (FSDataOutputStream out = fs.create(target, true)) {
                out.write(bytes);
            }
            return true;
        }
        Path temp = new Path(target.getParent(), "." + target.getName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            try (FSDataOutputStream out = fs.create(temp, false)) {
                out.write(bytes);
            }
            if (replace) {
                fs.delete(target, false);
            }
            if (!fs.rename(temp, target)) {
                if (fs.exists(target)) {
                    return false; // HDFS refuses to rename over a file: someone finished it first
                }
                throw new IOException("cannot rename " + temp + " to " + target);
            }
            return true;
        } finally {
            fs.delete(temp, false);
        }
    }
}
