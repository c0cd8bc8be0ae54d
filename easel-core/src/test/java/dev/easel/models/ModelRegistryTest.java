package dev.easel.models;

import dev.easel.EaselException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelRegistryTest {
    private static final Path SHIPPED = Path.of(System.getProperty("easel.models", "../models"));

    @TempDir
    Path user;

    /** A card that is JSON "null" (or an empty array) in the user's folder is skipped, not a NullPointerException. */
    @Test
    void aNullCardInTheUserFolderBreaksNeitherTheListNorLookups() throws Exception {
        Files.writeString(user.resolve("broken.json"), "null");
        Files.writeString(user.resolve("empty.json"), "[]");
        ModelRegistry registry = new ModelRegistry(List.of(SHIPPED, user));
        assertThat(registry.list()).extracting(ModelCard::name).contains("candy").doesNotContain("broken");
        assertThat(registry.find("candy")).exists();
        assertThatThrownBy(() -> ModelFile.readCard(user.resolve("broken.json"))).isInstanceOf(EaselException.class)
            .hasMessageContaining("broken.json: model card is incomplete");
        // the suggestions come from the shipped cards, the broken ones left out
        assertThatThrownBy(() -> registry.find("nosuch")).isInstanceOf(EaselException.class)
            .hasMessageStartingWith("no model named 'nosuch'; nearest: ").hasMessageNotContaining("broken").hasMessageNotContaining("empty");
    }
}
