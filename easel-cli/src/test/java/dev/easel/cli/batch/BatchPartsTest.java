package dev.easel.cli.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchPartsTest {
    @TempDir
    Path dir;

    @Test
    void aStreakOfTheSameErrorStopsButDifferentErrorsDoNot() {
        FailureStreak streak = new FailureStreak();
        assertThat(streak.failure("a.jpg: corrupt")).isFalse();
        assertThat(streak.failure("b.jpg: corrupt")).isFalse();
        assertThat(streak.failure("model has no style 'x'")).isFalse();
        streak.success();
        assertThat(streak.failure("model has no style 'x'")).isFalse();
        assertThat(streak.failure("model has no style 'x'")).isFalse();
        assertThat(streak.failure("model has no style 'x'")).isTrue();
    }

    /** A full or read-only output folder: each message names its own photo, output and temporary file. */
    @Test
    void theSameWriteErrorForEachPhotoStopsThoughThePathsDiffer() {
        FailureStreak streak = new FailureStreak();
        for (String name : List.of("a", "b", "c")) {
            Path in = Path.of("photos", name + ".jpg");
            Path out = Path.of("/data/out", name + ".png");
            String reason = out + ": cannot write image: the disk is full (no space left on device) (/data/out/." + name
                + ".png.3fa" + name + ".tmp)";
            assertThat(streak.failure(reason, in, out)).isEqualTo(name.equals("c"));
        }
        assertThat(FailureStreak.withoutPaths("out/sub/a.png: cannot write image: java.nio.file.FileAlreadyExistsException: /abs/out/sub",
            Path.of("in/sub/a.jpg"), Path.of("out/sub/a.png")))
            .isEqualTo("<path>: cannot write image: java.nio.file.FileAlreadyExistsException: <path>");
    }

    @Test
    void strayTempsOfPlannedOutputsAreRemovedAndNothingElse() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(in.resolve("a.jpg"), "x");
        List<BatchPlan.Job> jobs = BatchPlan.of(InputFiles.find(List.of(in.toString()), false, out), out, "png");
        Path ours = Files.writeString(out.resolve(".a.png.3f2a9c01b4d5e6f7.tmp"), "partial");
        Path notOurs = Files.writeString(out.resolve(".b.png.3f2a9c01b4d5e6f7.tmp"), "someone else's");
        Path user = Files.writeString(out.resolve("a.png.tmp"), "user file");
        assertThat(StrayTemps.remove(jobs)).isEqualTo(1);
        assertThat(ours).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(user).exists();
    }

    @Test
    void globsMatchNamesOrPathsAndSkipHiddenFiles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("p/sub"));
        for (String f : List.of("p/a.jpg", "p/b.png", "p/.hidden.jpg", "p/sub/c.jpg", "p/notes.txt")) {
            Files.writeString(dir.resolve(f), "x");
        }
        assertThat(names(dir + "/p/*.jpg", false)).containsExactly("a.jpg");
        assertThat(names(dir + "/p/*.jpg", true)).containsExactly("a.jpg", "sub/c.jpg");
        assertThat(names(dir + "/p/**.jpg", false)).containsExactly("a.jpg", "sub/c.jpg");
        assertThat(names(dir + "/p", false)).containsExactly("a.jpg", "b.png");
        assertThat(names(sub.resolve("c.jpg").toString(), false)).containsExactly("c.jpg");
        assertThat(InputFiles.baseFolder(dir + "/p/*.jpg")).isEqualTo(dir.resolve("p"));
        assertThat(InputFiles.baseFolder(dir + "/p/**/*.jpg")).isEqualTo(dir.resolve("p"));
        assertThat(InputFiles.baseFolder(dir + "/p")).isEqualTo(dir.resolve("p"));
        assertThat(InputFiles.baseFolder(sub.resolve("c.jpg").toString())).isNull();
        // An output folder inside the input is not read back as input on the next run.
        assertThat(InputFiles.find(List.of(dir.resolve("p").toString()), true, sub).stream().map(i -> i.relative().toString()))
            .containsExactly("a.jpg", "b.png");
    }

    private List<String> names(String spec, boolean recursive) {
        return InputFiles.find(List.of(spec), recursive, null).stream().map(i -> i.relative().toString()).toList();
    }
}
