package dev.easel.names;

import dev.easel.models.ModelRegistry;
import dev.easel.stylize.PaintingFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StyleNamesTest {
    private static final Path SHIPPED = Path.of(System.getProperty("easel.models", "../models"));

    @TempDir
    Path dir;
    private StyleNames names;

    @BeforeEach
    void setUp() throws IOException {
        Path paintings = Files.createDirectories(dir.resolve("paintings"));
        Path models = Files.createDirectories(dir.resolve("models"));
        for (String p : List.of("starry_night.jpg", "udnie.jpg", "shipwreck.png")) {
            Files.write(paintings.resolve(p), new byte[] {1});
        }
        for (String m : List.of("candy.json", "multi.json")) {
            Files.copy(SHIPPED.resolve(m), models.resolve(m));
        }
        names = new StyleNames(new PaintingFolders(List.of(paintings)), new ModelRegistry(List.of(models)));
    }

    @Test
    void aPaintingIsFoundByNameWithOrWithoutItsExtensionAndAFileAsItIs() throws IOException {
        assertThat(names.painting("starry_night")).isEqualTo(dir.resolve("paintings/starry_night.jpg"));
        assertThat(names.painting("shipwreck.png")).isEqualTo(dir.resolve("paintings/shipwreck.png"));
        Path mine = Files.write(dir.resolve("mine.jpg"), new byte[] {1});
        assertThat(names.painting(mine.toString())).isEqualTo(mine);
        assertThat(names.painting("some/folder/missing.jpg")).isEqualTo(Path.of("some/folder/missing.jpg")); // the reader reports it
    }

    @Test
    void anUnknownPaintingGetsTheNearestNames() {
        UnknownNameException e = catchThrowableOfType(UnknownNameException.class, () -> names.painting("starry_nigth"));
        assertThat(e.kind()).isEqualTo(NameKind.PAINTING);
        assertThat(e.nearest()).hasSize(3).first().isEqualTo("starry_night");
        assertThat(e.getMessage()).startsWith("no painting or file named 'starry_nigth'; nearest: starry_night");
    }

    @Test
    void aNameThatIsAStyleOfAMultiModelAndAPaintingSaysSoWhenAskedForAsAModel() {
        UnknownNameException e = catchThrowableOfType(UnknownNameException.class, () -> names.model("udnie"));
        assertThat(e.kind()).isEqualTo(NameKind.MODEL);
        assertThat(e.nearest()).containsExactlyInAnyOrder("candy", "multi");
        assertThat(e.elsewhere()).containsExactly(new NameUse("multi", NameKind.MODEL_STYLE, "multi"),
            new NameUse("arbitrary", NameKind.PAINTING, null));
        assertThat(e.getMessage()).contains("'udnie' is a style of the multi model 'multi'");
    }

    @Test
    void aModelNameAskedForAsAPaintingPointsAtTheModel() throws IOException {
        Files.delete(dir.resolve("paintings/udnie.jpg"));
        UnknownNameException e = catchThrowableOfType(UnknownNameException.class, () -> names.painting("candy"));
        assertThat(e.elsewhere()).contains(new NameUse("realtime", NameKind.MODEL, null));
        assertThat(e.getMessage()).contains("'candy' is a realtime model");
    }

    @Test
    void aStyleTheMultiModelLacksGetsItsNearestStylesAndThePainting() {
        assertThat(names.modelStyle("multi", "udnie").name()).isEqualTo("multi");
        UnknownNameException e = catchThrowableOfType(UnknownNameException.class, () -> names.modelStyle("multi", "shipwreck"));
        assertThat(e.kind()).isEqualTo(NameKind.MODEL_STYLE);
        assertThat(e.getMessage()).startsWith("model 'multi' has no style 'shipwreck'; it has: starry_night.jpg");
        assertThat(e.elsewhere()).containsExactly(new NameUse("arbitrary", NameKind.PAINTING, null));
    }

    @Test
    void knownModelsAreFound() {
        assertThat(names.model("candy")).isEqualTo(dir.resolve("models/candy.json"));
        assertThatThrownBy(() -> names.model("cnady")).isInstanceOf(UnknownNameException.class)
            .hasMessageStartingWith("no model named 'cnady'; nearest: candy");
    }

    @Test
    void nearestOrdersByEditDistanceIgnoringCase() {
        assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Nearest.to("STARY", List.of("udnie", "starry_night", "stary"), 2)).containsExactly("stary", "starry_night");
        assertThat(Articles.a("arbitrary")).isEqualTo("an arbitrary");
        assertThat(Articles.a("multi")).isEqualTo("a multi");
    }
}
