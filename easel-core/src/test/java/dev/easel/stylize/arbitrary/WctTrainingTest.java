package dev.easel.stylize.arbitrary;

import dev.easel.image.Picture;
import dev.easel.models.ModelFile;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.train.ArbitraryConfig;
import dev.easel.train.DecoderTrainer;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whitening-and-colouring decoders learn to reconstruct, save, load and stylize (tiny images). */
class WctTrainingTest {
    @SharedVgg
    private static FeatureNetwork vgg;

    @TempDir
    Path dir;

    private ArbitraryConfig config(Path output, int steps) {
        Path photos = TestData.smallCopies(dir, "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg"), 64);
        Path paintings = TestData.smallCopies(dir, "styles-train", List.of("adain_asheville.jpg", "adain_en_campo_gris.jpg"), 48);
        return new ArbitraryConfig(ArbitraryConfig.WCT, photos, paintings, output, "wct-test", steps, 1, 32, 32, 0, 1e-3, 7, 50, 0);
    }

    @Test
    void decodersLearnToReconstructAndTheModelStylizesAnyPainting() {
        List<Double> totals = new ArrayList<>();
        Path run = dir.resolve("run");
        try (DecoderTrainer t = new DecoderTrainer(config(run, 30), vgg, TestData.shared().resolve("images/style"), null, null)) {
            t.train((step, total, loss, seconds) -> totals.add(loss.total()));
            ModelFile.save(run.resolve("wct-test.json"), t.modelCard("test"), t.params());
        }
        double first = totals.subList(0, 5).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double last = totals.subList(25, 30).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("WCT reconstruction loss, first 5 steps %.4g, last 5 steps %.4g%n", first, last);
        assertThat(last).as("mean loss of the last 5 steps vs the first 5").isLessThan(first / 2);

        try (WctStylizer s = new WctStylizer(WctModel.load(run.resolve("wct-test.json"), TestData.network()))) {
            Picture photo = TestData.tubingen(48);
            StyleRequest request = new StyleRequest(photo, List.of(StyleInput.of(TestData.starryNight(48))), 50,
                ColorPreservation.NONE, 1.0);
            Picture out = s.stylize(request, ProgressListener.NONE, Cancellation.none());
            assertThat(out.width()).isEqualTo(50);
            assertThat(out.height()).isEqualTo(38);
        }
    }
}
