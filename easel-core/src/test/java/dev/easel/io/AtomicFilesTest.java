package dev.easel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void recognisesItsOwnTemporaryNames() throws Exception {
        Path target = dir.resolve("photo.v2.png");
        Path temp = AtomicFiles.createTemp(dir, target.getFileName().toString());
        assertThat(AtomicFiles.tempTargetName(temp.getFileName().toString())).isEqualTo("photo.v2.png");
        assertThat(AtomicFiles.tempTargetName("photo.png")).isNull();
        assertThat(AtomicFiles.tempTargetName(".photo.png.tmp")).isNull();
        assertThat(AtomicFiles.tempTargetName(".photo.png.xyz.tmp")).isNull();
    }

    @Test
    void moveNoClobberClaimsAFreeNameAndRefusesATakenOne() throws Exception {
        Path target = dir.resolve("out.txt");
        Path temp = AtomicFiles.createTemp(dir, "out.txt");
        Files.writeString(temp, "new");
        AtomicFiles.moveNoClobber(temp, target);
        assertThat(Files.readString(target)).isEqualTo("new");

        Path second = AtomicFiles.createTemp(dir, "out.txt");
        Files.writeString(second, "newer");
        assertThatThrownBy(() -> AtomicFiles.moveNoClobber(second, target)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void theWriteProbeLeavesNothingAndNamesAFileWhereAFolderShouldBe() throws Exception {
        AtomicFiles.probeWritable(dir.resolve("not/yet/there"), "out.png"); // probes dir, creates no folder
        assertThat(dir.toFile().list()).isEmpty();
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> AtomicFiles.probeWritable(file.resolve("sub"), "out.png"))
            .isInstanceOf(java.nio.file.NotDirectoryException.class);
    }

    @Test
    void strayTempsOfOneTargetAreDeletedAndNothingElse() throws Exception {
        Path mine = Files.createFile(dir.resolve(".out.png.0a1b2c3d.tmp"));
        Path other = Files.createFile(dir.resolve(".other.png.0a1b2c3d.tmp"));
        Path user = Files.createFile(dir.resolve(".out.png.notes"));
        assertThat(AtomicFiles.deleteStrayTemps(dir.resolve("out.png"))).isEqualTo(1);
        assertThat(mine).doesNotExist();
        assertThat(other).exists();
        assertThat(user).exists();
    }
}
