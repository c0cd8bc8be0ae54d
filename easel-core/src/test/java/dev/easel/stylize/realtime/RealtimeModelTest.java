package dev.easel.stylize.realtime;

import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.stylize.WrongMethodException;
import dev.easel.engine.Engines;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;
import dev.easel.testing.Differences;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealtimeModelTest {
    @TempDir
    Path dir;

    /** Saves a freshly initialised network as a model and returns its card path and fp32 output on {@code photo}. */
    private Path saveModel(Architecture arch, Picture photo, float[][] fp32Output) {
        TransformerNet net = new TransformerNet(arch);
        try (NDManager m = Engines.manager(); ParamSet params = new ParamSet(m)) {
            net.initialize(params, 3);
            if (fp32Output != null) {
                fp32Output[0] = net.forward(params::get, Tensors.fromPicture(m, photo)).toFloatArray();
            }
            ModelCard card = new ModelCard(ModelCard.FORMAT, "realtime", "test", arch.name(), List.of("none"), "none", 0, 0,
                Map.of(), "test", Map.of(), null, null);
            ModelFile.save(dir.resolve("test.json"), card, params);
        }
        return dir.resolve("test.json");
    }

    @Test
    void savedAndLoadedModelGivesTheSameOutputWithinFp16Tolerance() throws IOException {
        Picture photo = TestData.tubingen(96);
        float[][] expected = new float[1][];
        Path card = saveModel(Architecture.HALF, photo, expected);
        assertThat(Files.size(ModelFile.weightsPath(card))).isLessThan(1_000_000); // fp16: 2 bytes per parameter
        try (RealtimeModel model = RealtimeModel.load(card)) {
            Picture actual = model.apply(photo);
            Picture fp32 = new Picture(actual.width(), actual.height(), expected[0]);
            assertThat(Differences.meanAbs(actual, fp32)).as("mean abs difference, 0..255").isLessThan(0.5);
            assertThat(Differences.largestAbs(actual, fp32)).as("largest difference, 0..255").isLessThan(4.0);
        }
    }

    @Test
    void tiledOutputEqualsTheWholeImageSeamsIncluded() {
        Picture photo = TestData.image("content/golden_gate.jpg", 200); // 200x150: ragged edge tiles
        Path card = saveModel(Architecture.COMPACT, photo, null);
        try (RealtimeModel model = RealtimeModel.load(card)) {
            assertThat(tilesOfAnExactTiledPass(model, photo, 64)).isEqualTo(12);
        }
    }

    @Test
    void aShippedModelTiledEqualsItsWholeImagePass() {
        Picture photo = TestData.image("content/tubingen.jpg", 300); // 300x225 in 96 px tiles: 12 tiles, ragged edges
        try (RealtimeModel model = RealtimeModel.load(ModelRegistry.standard().find("mosaic"))) {
            tilesOfAnExactTiledPass(model, photo, 96);
        }
    }

    /**
     * Paints {@code photo} whole and in tiles, asserts the two agree everywhere, tile borders included (statistics
     * come from the same small image and margins exceed the receptive field), and returns how many tiles it took.
     */
    private static int tilesOfAnExactTiledPass(RealtimeModel model, Picture photo, int tileSize) {
        Picture whole = model.apply(photo);
        int[] calls = {0};
        Picture tiled = model.applyTiled(photo, tileSize, (done, total) -> calls[0]++);
        assertThat(Differences.largestAbs(whole, tiled)).as("largest difference, 0..255, anywhere incl. tile borders")
            .isLessThan(0.05);
        return calls[0];
    }

    @Test
    void loadingByNameChecksTheModelsMethodFirst() {
        assertThatThrownBy(() -> RealtimeStylizer.load(ModelRegistry.standard(), "mosaic", "multi"))
            .isInstanceOf(WrongMethodException.class)
            .hasMessage("model 'mosaic' is a realtime model")
            .extracting(e -> ((WrongMethodException) e).method()).isEqualTo("realtime");
        try (RealtimeStylizer stylizer = RealtimeStylizer.load(ModelRegistry.standard(), "mosaic", "realtime")) {
            assertThat(stylizer.method()).isEqualTo("realtime");
        }
    }

    @Test
    void corruptTruncatedOrMismatchedModelFilesGiveClearErrors() throws IOException {
        Path card = saveModel(Architecture.COMPACT, TestData.tubingen(32), null);
        Path weights = ModelFile.weightsPath(card);
        byte[] good = Files.readAllBytes(weights);

        byte[] flipped = good.clone();
        flipped[100] ^= 0x40;
        Files.write(weights, flipped);
        assertThatThrownBy(() -> RealtimeModel.load(card)).isInstanceOf(EaselException.class)
            .hasMessageContaining("test.weights").hasMessageContaining("checksum");

        Files.write(weights, Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> RealtimeModel.load(card)).isInstanceOf(EaselException.class)
            .hasMessageContaining("truncated");

        Files.write(weights, good);
        Files.writeString(card, Files.readString(card).replace("\"compact\"", "\"half\""));
        assertThatThrownBy(() -> RealtimeModel.load(card)).isInstanceOf(EaselException.class)
            .hasMessageContaining("do not match architecture 'half'");

        Files.writeString(card, "{ not json");
        assertThatThrownBy(() -> RealtimeModel.load(card)).isInstanceOf(EaselException.class)
            .hasMessageContaining("not a valid model card");
    }
}
