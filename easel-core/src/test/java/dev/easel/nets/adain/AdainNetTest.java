package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Engines;
import dev.easel.nets.ParamSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoder's shapes for both encoder depths (the relu4_1 one needs the full VGG19, which tests do not load). */
class AdainNetTest {
    @Test
    void decoderMirrorsEitherEncoderDepth() {
        try (NDManager m = Engines.manager()) {
            for (String layer : new String[] {"relu3_1", "relu4_1"}) {
                AdainNet net = new AdainNet(layer);
                boolean deep = layer.equals("relu4_1");
                try (ParamSet params = new ParamSet(m)) {
                    net.initialize(params, 3);
                    assertThat(params.values().keySet()).containsExactlyElementsOf(net.parameterShapes().keySet());
                    assertThat(params.count()).isEqualTo(deep ? 3_505_219 : 555_075);
                    NDArray features = m.randomUniform(0, 10, new Shape(1, deep ? 512 : 256, 3, 5));
                    NDArray out = net.decode(params::get, features);
                    assertThat(out.getShape()).isEqualTo(new Shape(1, 3, 3 * net.multiple(), 5 * net.multiple()));
                    float mean = out.mean().getFloat();
                    assertThat(mean).as("starts near mid-grey").isBetween(60f, 195f);
                }
                assertThat(net.styleLayers()).hasSize(deep ? 4 : 3).last().isEqualTo(layer);
            }
        }
        assertThatThrownBy(() -> new AdainNet("relu5_1")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The whitening-and-colouring decoders are the same decoder's tails: from relu2_1 two layers up, from relu1_1 none. */
    @Test
    void shallowDecodersAreTailsOfTheDeepOne() {
        try (NDManager m = Engines.manager()) {
            AdainNet two = new AdainNet("relu2_1");
            AdainNet one = new AdainNet("relu1_1");
            assertThat(two.parameterShapes().keySet()).containsExactly("dec2_1.weight", "dec2_1.bias", "dec1_2.weight",
                "dec1_2.bias", "dec1_1.weight", "dec1_1.bias");
            assertThat(one.parameterShapes().keySet()).containsExactly("dec1_1.weight", "dec1_1.bias");
            assertThat(two.multiple()).isEqualTo(2);
            assertThat(one.multiple()).isEqualTo(1);
            try (ParamSet params = new ParamSet(m)) {
                two.initialize(params, 3);
                NDArray out = two.decode(params::get, m.randomUniform(0, 10, new Shape(1, 128, 4, 6)));
                assertThat(out.getShape()).isEqualTo(new Shape(1, 3, 8, 12));
            }
        }
    }
}
