package dev.easel.spark;

import dev.easel.EaselException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listing photos as batch does, and finding what an earlier run finished or left half-done. */
class PhotoListingTest {
    @TempDir
    java.nio.file.Path dir;
    FileSystem fs;
    Path input;

    @BeforeEach
    void files() throws Exception {
        for (String name : new String[] {"a.jpg", "B.PNG", "notes.txt", ".hidden.jpg", "sub/c.webp", ".cache/d.jpg", "out/e.jpg"}) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.write(dir.resolve(name), new byte[] {1});
        }
        input = new Path(dir.toUri());
        fs = HadoopFiles.of(input, new Configuration());
    }

    @Test
    void findsImageFilesButNotHiddenOnesNorTheOutputFolder() {
        Path out = new Path(dir.resolve("out").toUri());
        assertThat(PhotoListing.list(fs, input, false, out)).extracting(PhotoListing.Photo::relative).containsExactly("B.PNG", "a.jpg");
        assertThat(PhotoListing.list(fs, input, true, out)).extracting(PhotoListing.Photo::relative)
            .containsExactly("B.PNG", "a.jpg", "sub/c.webp");
        assertThat(PhotoListing.list(fs, new Path(dir.resolve("a.jpg").toUri()), false, null))
            .extracting(PhotoListing.Photo::relative).containsExactly("a.jpg");
        assertThatThrownBy(() -> PhotoListing.list(fs, new Path(dir.resolve("none").toUri()), false, null))
            .isInstanceOf(EaselException.class).hasMessageEndingWith("none: no such file or folder");
    }

    @Test
    void findsFinishedOutputsAndRemovesTheTemporaryFilesOfUnfinishedOnes() throws Exception {
        java.nio.file.Path out = Files.createDirectories(dir.resolve("styled/sub"));
        Files.write(dir.resolve("styled/a.png"), new byte[] {1});
        Files.write(out.resolve(".c.png.0123abcd.tmp"), new byte[] {1});
        Files.write(dir.resolve("styled/.other.png.0123abcd.tmp"), new byte[] {1}); // not one of ours: left alone
        ExistingOutputs.Found found = ExistingOutputs.scan(fs, new Path(dir.resolve("styled").toUri()), Set.of("a.png", "b.png", "sub/c.png", "x.png"), true);
        assertThat(found.done()).containsExactly("a.png");
        assertThat(found.removedTemps()).isEqualTo(1);
        assertThat(out.resolve(".c.png.0123abcd.tmp")).doesNotExist();
        assertThat(dir.resolve("styled/.other.png.0123abcd.tmp")).exists();
        assertThat(ExistingOutputs.scan(fs, new Path(dir.resolve("nothing").toUri()), Set.of("a.png"), true).done()).isEmpty();
    }
}
