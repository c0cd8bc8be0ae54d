package dev.easel;

import dev.easel.image.Picture;
import dev.easel.models.ModelRegistry;
import dev.easel.names.UnknownNameException;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.CancelledException;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade loads each kind of method by name, paints the style it is given, and refuses one it cannot paint. */
class EaselTest {
    private static final int SIDE = 48;
    private final Picture photo = TestData.tubingen(SIDE);

    @Test
    void aOneStyleModelPaintsAsItsStylizerDoes() {
        try (Easel candy = Easel.load("candy");
             RealtimeStylizer direct = RealtimeStylizer.load(ModelRegistry.standard(), "candy", "realtime")) {
            Picture expected = direct.stylize(new StyleRequest(photo, List.of(new StyleInput(null, "candy", 1.0)), SIDE,
                ColorPreservation.NONE, 1.0), ProgressListener.NONE, Cancellation.none());

            assertThat(candy.method()).isEqualTo("realtime");
            assertThat(paint(candy, Style.none()).data()).containsExactly(expected.data());
            assertThat(paint(candy, Style.named("candy")).data()).containsExactly(expected.data());
            assertThatThrownBy(() -> paint(candy, Style.painting(photo))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paints the styles it was trained on");
        }
    }

    @Test
    void aMultiStyleModelPaintsTheStyleItIsToldByName() {
        try (Easel multi = Easel.load("multi")) {
            assertThat(multi.method()).isEqualTo("multi");
            assertThat(multi.styles()).contains("the_scream", "candy");
            assertThat(paint(multi, Style.named("the_scream")).data()).isNotEqualTo(paint(multi, Style.named("candy")).data());
            assertThatThrownBy(() -> paint(multi, Style.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name one of starry_night, the_scream");
            assertThatThrownBy(() -> paint(multi, Style.named("sunflowers"))).isInstanceOf(UnknownNameException.class);
        }
    }

    @Test
    void theRealtimeMethodNeedsAModelAndUnknownNamesAreRefused() {
        assertThatThrownBy(() -> Easel.load("realtime")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candy");
        assertThatThrownBy(() -> Easel.load("no-such-model")).isInstanceOf(UnknownNameException.class);
        assertThatThrownBy(() -> Style.named(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gatysReportsProgressAndStopsWhenCancelled() {
        Cancellation cancellation = Cancellation.none();
        List<Progress> reports = new ArrayList<>();
        try (Easel gatys = Easel.load("gatys")) {
            assertThat(gatys.method()).isEqualTo("gatys");
            assertThatThrownBy(() -> gatys.stylize(photo, Style.painting(TestData.starryNight(SIDE)), 32, p -> {
                reports.add(p);
                cancellation.cancel();
            }, cancellation)).isInstanceOf(CancelledException.class);
            assertThatThrownBy(() -> gatys.stylize(photo, Style.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give one");
        }
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).totalSteps()).isEqualTo(150); // the default iterations at 32 px, a single level
    }

    private Picture paint(Easel easel, Style style) {
        return easel.stylize(photo, style, SIDE, ProgressListener.NONE, Cancellation.none());
    }
}
