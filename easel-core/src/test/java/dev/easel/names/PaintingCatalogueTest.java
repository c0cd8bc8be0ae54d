package dev.easel.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaintingCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void titlesComeFromTheFirstCatalogueThatListsThePaintingElseFromTheFileName() throws IOException {
        Path gallery = Files.createDirectories(dir.resolve("gallery"));
        Path shipped = Files.createDirectories(dir.resolve("models"));
        Files.writeString(gallery.resolve(PaintingCatalogue.FILE), "# mine\nstarry_night\tMy Starry Night\tMe\t2024\nbroken line\n");
        Files.writeString(shipped.resolve(PaintingCatalogue.FILE), "starry_night\tThe Starry Night\tVincent van Gogh\t1889\n"
            + "the_scream\tThe Scream\tEdvard Munch\t1893\n");
        PaintingCatalogue catalogue = PaintingCatalogue.load(List.of(gallery, shipped, dir.resolve("absent")));
        assertThat(catalogue.title("starry_night")).isEqualTo("My Starry Night");
        assertThat(catalogue.find("the_scream")).hasValue(new PaintingCatalogue.Entry("The Scream", "Edvard Munch", "1893"));
        assertThat(catalogue.title("woman-with-hat_matisse")).isEqualTo("Woman with hat matisse");
        assertThat(catalogue.find("broken line")).isEmpty();
    }
}
