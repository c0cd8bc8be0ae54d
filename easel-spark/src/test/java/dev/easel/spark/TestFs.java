package dev.easel.spark;

import org.apache.hadoop.fs.RawLocalFileSystem;

import java.net.URI;

/**
 * The local disk under another scheme ("testfs:/tmp/x"): a file system Easel must treat as remote, so the tests
 * exercise the copies an executor makes of hdfs: or s3a: files.
 */
public final class TestFs extends RawLocalFileSystem {
    static final URI NAME = URI.create("testfs:///");

    @Override
    public URI getUri() {
        return NAME;
    }

    @Override
    public String getScheme() {
        return "testfs";
    }
}
