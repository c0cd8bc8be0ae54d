package dev.easel.train;

import dev.easel.InvalidSettingException;
import dev.easel.loss.LossSettings;
import dev.easel.loss.StylePyramid;
import dev.easel.nets.Architecture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both training configs refuse the same numbers with the same messages (and front ends check with the same rules). */
class TrainingLimitsTest {
    private static final Path DIR = Path.of("unused");
    private static final LossSettings WEIGHTS = new LossSettings("relu3_2", Map.of("relu1_1", 1.0), 1, 1e-3, 0);

    @Test
    void eachNumberIsNamedWhenItIsOutOfRange() {
        assertThatThrownBy(() -> TrainingLimits.check(0, 2, 160, 256, 1e-3, 100, 0)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("steps must be at least 1, got 0");
        assertThatThrownBy(() -> TrainingLimits.check(10, 0, 160, 256, 1e-3, 100, 0)).hasMessage("batch size must be at least 1, got 0");
        assertThatThrownBy(() -> TrainingLimits.check(10, 2, 8, 256, 1e-3, 100, 0)).hasMessage("crop size must be at least 16, got 8");
        assertThatThrownBy(() -> TrainingLimits.check(10, 2, 160, 15, 1e-3, 100, 0)).hasMessage("painting size must be at least 16, got 15");
        assertThatThrownBy(() -> TrainingLimits.check(10, 2, 160, 256, 0, 100, 0)).hasMessage("learning rate must be a positive number, got 0.0");
        assertThatThrownBy(() -> TrainingLimits.check(10, 2, 160, 256, 1e-3, 0, 0))
            .hasMessage("steps between checkpoints must be at least 1, got 0");
        assertThatThrownBy(() -> TrainingLimits.check(10, 2, 160, 256, 1e-3, 100, -1))
            .hasMessage("steps between validation images must be at least 0, got -1");
    }

    @Test
    void aRealtimeConfigChecksItsNumbersButMayHaveNoSteps() {
        assertThatThrownBy(() -> TrainingConfig.single(DIR, DIR, DIR, "t", Architecture.COMPACT, WEIGHTS, 10, 2, 8, 256, 1e-3, 1, 100, 0))
            .isInstanceOf(InvalidSettingException.class).hasMessage("crop size must be at least 16, got 8");
        assertThatThrownBy(() -> TrainingConfig.single(DIR, DIR, DIR, "t", Architecture.COMPACT, WEIGHTS, -1, 2, 16, 16, 1e-3, 1, 1, 0))
            .hasMessage("steps must be at least 0, got -1");
        // 0 steps: the starting network saved as it is
        assertThat(TrainingConfig.single(DIR, DIR, DIR, "t", Architecture.COMPACT, WEIGHTS, 0, 2, 16, 16, 1e-3, 1, 1, 0).steps()).isZero();
    }

    @Test
    void anArbitraryConfigChecksItsNetworkNumbersAndStyleWeight() {
        assertThatThrownBy(() -> arbitrary("cubism", 10, 10)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("the arbitrary-style network is adain, yanai, wct or swap, not 'cubism'");
        assertThatThrownBy(() -> arbitrary(ArbitraryConfig.ADAIN, 0, 10)).hasMessage("steps must be at least 1, got 0");
        assertThatThrownBy(() -> arbitrary(ArbitraryConfig.YANAI, 10, -1)).hasMessage("style weight must be a finite number >= 0, got -1.0");
        assertThat(arbitrary(ArbitraryConfig.WCT, 10, 0).arch()).isEqualTo("wct");
    }

    @Test
    void aStylePyramidAndAStartingModelAreForTheNetworksThatLearnStyle() {
        Path model = Path.of("adain.json");
        StylePyramid three = new StylePyramid(3, 0.5);
        for (String learns : new String[] {ArbitraryConfig.ADAIN, ArbitraryConfig.YANAI}) {
            assertThat(arbitrary(learns, three, model).stylePyramid()).isEqualTo(three);
        }
        String wct = ArbitraryConfig.WCT;
        assertThatThrownBy(() -> arbitrary(wct, three, null)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("style pyramid levels must be 1 for the wct network (its decoders learn no style), got 3")
            .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo(StylePyramid.LEVELS);
        assertThatThrownBy(() -> arbitrary(wct, StylePyramid.SINGLE, model)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("the model to start from is for adain, yanai and swap; the wct network starts from random weights")
            .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo(ArbitraryConfig.INIT_MODEL);
        assertThat(arbitrary(wct, StylePyramid.SINGLE, null).initModel()).isNull();
    }

    @Test
    void onlyTheYanaiNetworkHasATransformerToChoose() {
        ArbitraryConfig compact = arbitrary(ArbitraryConfig.YANAI, StylePyramid.SINGLE, null);
        assertThat(compact.transformerOrDefault()).isEqualTo(Architecture.COMPACT);
        ArbitraryConfig johnson = new ArbitraryConfig(ArbitraryConfig.YANAI, DIR, DIR, DIR, "t", 10, 2, 32, 32, 10, 1e-3, 1, 100, 0,
            StylePyramid.SINGLE, null, Architecture.JOHNSON);
        assertThat(johnson.transformerOrDefault()).isEqualTo(Architecture.JOHNSON);
        // a run with the default transformer keeps the key older checkpoints were saved under
        assertThat(compact.settingsKey("relu3_2")).doesNotContain("transformer");
        assertThat(johnson.settingsKey("relu3_2")).endsWith(" transformer=johnson");
        assertThatThrownBy(() -> new ArbitraryConfig(ArbitraryConfig.ADAIN, DIR, DIR, DIR, "t", 10, 2, 32, 32, 10, 1e-3, 1, 100, 0,
            StylePyramid.SINGLE, null, Architecture.JOHNSON)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("the transformer is for the yanai network only; adain has none");
    }

    private static ArbitraryConfig arbitrary(String arch, StylePyramid pyramid, Path initModel) {
        return new ArbitraryConfig(arch, DIR, DIR, DIR, "t", 10, 2, 32, 32, 10, 1e-3, 1, 100, 0, pyramid, initModel, null);
    }

    private static ArbitraryConfig arbitrary(String arch, int steps, double styleWeight) {
        return new ArbitraryConfig(arch, DIR, DIR, DIR, "t", steps, 2, 32, 32, styleWeight, 1e-3, 1, 100, 0);
    }
}
