package dev.easel.web.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClientMessagesTest {
    @Test
    void serverPathsAndCommandLineHintsAreLeftOut() {
        assertThat(ClientMessages.of("/tmp/easel-web-12-x/results/ab12.png: cannot write image: the disk is full (no space left on device)"))
            .isEqualTo("ab12.png: cannot write image: the disk is full (no space left on device)");
        assertThat(ClientMessages.of("model 'x' is a multi model; use --method multi")).isEqualTo("model 'x' is a multi model");
        assertThat(ClientMessages.of("the VGG19 weights in /srv/shared/models/vgg19-blocks are incomplete (raise it with --max-pixels)"))
            .isEqualTo("the VGG19 weights in vgg19-blocks are incomplete");
        assertThat(ClientMessages.of(null)).isEqualTo("the job failed");
    }

    /** kill -9 runs no shutdown hook: the next server removes the folder the killed one left. */
    @Test
    void aKilledServersTemporaryFolderIsRemovedByTheNext(@TempDir Path tmp) throws Exception {
        Path dead = Files.createDirectories(tmp.resolve(ResultFiles.TEMP_PREFIX + "2147483646-123/results"));
        Files.writeString(dead.resolve("j1.png"), "a result nobody will fetch");
        Path alive = Files.createDirectories(tmp.resolve(ResultFiles.TEMP_PREFIX + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(tmp.resolve("easel-web-notes"));
        try (ResultFiles files = ResultFiles.open(null, tmp)) {
            assertThat(tmp.resolve(ResultFiles.TEMP_PREFIX + "2147483646-123")).doesNotExist();
            assertThat(alive).exists();
            assertThat(other).exists();
            assertThat(files.folder()).startsWith(tmp);
        }
    }
}
