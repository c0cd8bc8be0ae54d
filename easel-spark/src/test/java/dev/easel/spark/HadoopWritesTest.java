package dev.easel.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class HadoopWritesTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void writesWholeFilesIntoNewFoldersLeavesExistingOnesAloneAndNoLitter() throws Exception {
        Path target = new Path(dir.resolve("a/b/out.png").toUri());
        FileSystem fs = HadoopFiles.of(target, new Configuration());
        assertThat(HadoopWrites.write(fs, target, new byte[] {1, 2, 3}, false)).isTrue();
        assertThat(HadoopWrites.write(fs, target, new byte[] {9}, false)).as("exists: left alone").isFalse();
        assertThat(dir.resolve("a/b/out.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(HadoopWrites.write(fs, target, new byte[] {4}, true)).isTrue();
        assertThat(dir.resolve("a/b/out.png")).hasBinaryContent(new byte[] {4});
        try (var files = Files.list(dir.resolve("a/b"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary or .crc files").containsExactly("out.png");
        }
    }
}
