package dev.easel.stylize;

import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.loss.LossMeter;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shipped network's picture finished by the Gatys objective: the style loss falls, progress is whole. */
class RefinedStylizerTest {
    private static final int SIDE = 96;
    @SharedVgg
    private static FeatureNetwork vgg;

    private static RefinedStylizer refined(int iterations, PaintingFolders folders) {
        RealtimeStylizer network = RealtimeStylizer.load(ModelRegistry.standard(), "candy", "realtime");
        GatysStylizer gatys = GatysStylizer.builder(vgg).iterations(iterations, iterations).startSize(0).build();
        return new RefinedStylizer(network, gatys, s -> folders.read(network.paintingOf(s), Long.MAX_VALUE));
    }

    @Test
    void refiningCutsTheNetworksStyleLossAndReportsEveryIteration() {
        Picture photo = TestData.tubingen(SIDE);
        StyleRequest request = new StyleRequest(photo, List.of(new StyleInput(null, "candy", 1.0)), SIDE, ColorPreservation.NONE, 1.0);
        Picture painting = TestData.image("style/candy.jpg", SIDE);
        GatysSettings settings = GatysSettings.defaultsFor(vgg);
        PaintingFolders shared = new PaintingFolders(List.of(TestData.shared().resolve("images/style")));
        List<Progress> reports = new ArrayList<>();
        Picture once;
        Picture finished;
        try (Stylizer plain = RealtimeStylizer.load(ModelRegistry.standard(), "candy", "realtime");
             Stylizer refine = refined(20, shared)) {
            once = plain.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
            finished = refine.stylize(request, reports::add, Cancellation.none()).quantized();
            assertThat(refine.method()).isEqualTo("realtime");
        }
        try (LossMeter meter = new LossMeter(vgg, settings.weights(), photo, painting, settings.styleSide(SIDE))) {
            double before = meter.score(once).style();
            double after = meter.score(finished).style();
            assertThat(after).as("style loss after 20 iterations vs the network alone").isLessThan(0.5 * before);
        }
        Progress last = reports.get(reports.size() - 1);
        assertThat(last.totalSteps()).isEqualTo(20);
        assertThat(last.step()).isEqualTo(20);
        assertThat(last.workDone()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(reports).allSatisfy(p -> assertThat(p.totalSteps()).isEqualTo(20));
    }

    @Test
    void aMissingPaintingIsNamedBeforeTheOptimizerRuns() {
        PaintingFolders nowhere = new PaintingFolders(List.of(TestData.shared().resolve("no-such-folder")));
        StyleRequest request = new StyleRequest(TestData.tubingen(32), List.of(new StyleInput(null, "candy", 1.0)), 32,
            ColorPreservation.NONE, 1.0);
        try (Stylizer refine = refined(2, nowhere)) {
            assertThatThrownBy(() -> refine.stylize(request, ProgressListener.NONE, Cancellation.none()))
                .isInstanceOf(EaselException.class).hasMessageContaining("candy.jpg was not found");
        }
    }
}
