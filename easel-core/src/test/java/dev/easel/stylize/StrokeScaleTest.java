package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.testing.Differences;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A network's strokes keep their size relative to the picture at any output size. */
class StrokeScaleTest {
    private static Picture paint(Stylizer s, Picture photo, int size) {
        StyleRequest r = new StyleRequest(photo, List.of(new StyleInput(null, "mosaic", 1.0)), size, ColorPreservation.NONE, 1.0);
        return s.stylize(r, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void aSmallPreviewLooksLikeTheLargeFinalShrunk() {
        Picture photo = TestData.tubingen(512);
        try (Stylizer plain = RealtimeStylizer.load(ModelRegistry.standard(), "mosaic-fast", "realtime");
             Stylizer scaled = new StrokeScale(RealtimeStylizer.load(ModelRegistry.standard(), "mosaic-fast", "realtime"), 2.0)) {
            Picture previewPlain = paint(plain, photo, 128);
            Picture finalPlain = Resizer.resize(paint(plain, photo, 512), 128, 96);
            Picture previewScaled = paint(scaled, photo, 128);
            Picture finalScaled = paint(scaled, photo, 512);
            assertThat(finalScaled.width()).isEqualTo(512);
            double plainGap = Differences.meanAbs(previewPlain, finalPlain);
            double scaledGap = Differences.meanAbs(previewScaled, Resizer.resize(finalScaled, 128, 96));
            System.out.printf("preview vs shrunk final, mean abs difference: network alone %.1f, stroke scale %.1f%n", plainGap, scaledGap);
            assertThat(scaledGap).isLessThan(plainGap / 3);
        }
        assertThatThrownBy(() -> new StrokeScale(null, 0)).hasMessageContaining("positive");
    }
}
