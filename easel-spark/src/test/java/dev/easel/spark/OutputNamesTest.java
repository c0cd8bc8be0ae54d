package dev.easel.spark;

import dev.easel.EaselException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputNamesTest {
    @Test
    void mirrorsFoldersAndKeepsTheExtensionOnlyWhereTwoPhotosWouldMeet() {
        assertThat(OutputNames.of(List.of("a.jpg", "a.png", "b.jpeg", "trip/c.JPG", "trip/a.jpg"), "png"))
            .containsExactly(
                org.assertj.core.api.Assertions.entry("a.jpg", "a.jpg.png"),
                org.assertj.core.api.Assertions.entry("a.png", "a.png.png"),
                org.assertj.core.api.Assertions.entry("b.jpeg", "b.png"),
                org.assertj.core.api.Assertions.entry("trip/c.JPG", "trip/c.png"),
                org.assertj.core.api.Assertions.entry("trip/a.jpg", "trip/a.png"));
    }

    @Test
    void refusesTwoPhotosThatWouldStillShareAnOutput() {
        assertThatThrownBy(() -> OutputNames.of(List.of("a.jpg", "a.png", "a.jpg.png"), "png"))
            .isInstanceOf(EaselException.class).hasMessageContaining("would both be written to a.jpg.png");
    }
}
