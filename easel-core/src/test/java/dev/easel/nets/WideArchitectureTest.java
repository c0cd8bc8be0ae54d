package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Engines;
import dev.easel.engine.Tensors;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wide} is Johnson's network with a residual output: untrained, it hands back the photo, not grey. */
class WideArchitectureTest {

    @Test
    void anUntrainedWideNetworkStartsAtThePhotoWhereJohnsonsStartsAtGrey() {
        assertThat(Architecture.named("wide")).isSameAs(Architecture.WIDE);
        try (NDManager m = Engines.manager(); ParamSet wideParams = new ParamSet(m); ParamSet johnsonParams = new ParamSet(m)) {
            NDArray photo = Tensors.fromPicture(m, TestData.tubingen(64));
            TransformerNet wide = new TransformerNet(Architecture.WIDE);
            wide.initialize(wideParams, 3);
            TransformerNet johnson = new TransformerNet(Architecture.JOHNSON);
            johnson.initialize(johnsonParams, 3);

            double wideOff = meanAbsDifference(wide.forward(wideParams::get, photo), photo);
            double johnsonOff = meanAbsDifference(johnson.forward(johnsonParams::get, photo), photo);
            assertThat(wideOff).as("wide vs photo, levels").isLessThan(20);
            assertThat(johnsonOff).as("johnson vs photo, levels").isGreaterThan(3 * wideOff);
        }
    }

    private static double meanAbsDifference(NDArray a, NDArray b) {
        return a.sub(b).abs().mean().getFloat();
    }
}
