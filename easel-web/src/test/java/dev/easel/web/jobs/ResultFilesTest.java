package dev.easel.web.jobs;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A job's result and its photo live and die together. */
class ResultFilesTest {
    private static final String ID = "abcdefghijklmnopqrstuv";

    @Test
    void theResultAndItsPhotoAreOneJobAndAreDeletedTogether(@TempDir Path data) {
        try (ResultFiles files = ResultFiles.open(data)) {
            Path result = files.write(ID, Picture.blank(4, 3), Picture.blank(4, 3));
            assertThat(result).exists();
            assertThat(files.photoPathFor(ID)).exists().hasFileName(ID + ".photo.png");
            assertThat(files.ids()).containsExactly(ID);
            files.delete(ID);
            assertThat(files.ids()).isEmpty();
            assertThat(files.photoPathFor(ID)).doesNotExist();
        }
    }

    @Test
    void aPhotoLeftByAnEarlierRunIsRemovedAtStart(@TempDir Path data) throws Exception {
        Path folder = Files.createDirectories(data.resolve("results"));
        Files.write(folder.resolve(ID + ".photo.png"), new byte[] {1});
        try (ResultFiles files = ResultFiles.open(data)) {
            assertThat(files.ids()).isEmpty();
            assertThat(folder.resolve(ID + ".photo.png")).doesNotExist();
        }
    }
}
