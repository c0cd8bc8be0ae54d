package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.testing.Differences;
import dev.easel.testing.FakeStylizer;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Coarse-to-fine passes: the sizes each pass gets, the photo's detail carried through, finishing applied once. */
class CoarseToFineTest {
    /** A stand-in network that records in {@code sizes} the sizes it is asked for and paints with {@code paint}. */
    private static Stylizer recording(List<String> sizes, UnaryOperator<Picture> paint) {
        return new FakeStylizer("test", request -> {
            int[] size = request.outputSize();
            sizes.add(size[0] + "x" + size[1]);
            assertThat(request.strength()).isEqualTo(1.0);
            return paint.apply(request.content());
        });
    }

    private static Picture run(Stylizer s, Picture photo, double strength) {
        StyleRequest r = new StyleRequest(photo, List.of(new StyleInput(null, "any", 1.0)), 0, ColorPreservation.NONE, strength);
        return s.stylize(r, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void passesRunCoarsestFirstAndAnIdentityNetworkGivesThePhotoBack() {
        Picture photo = TestData.tubingen(256);
        List<String> sizes = new ArrayList<>();
        Picture out = run(new CoarseToFine(recording(sizes, p -> p), 3), photo, 1.0);
        assertThat(sizes).containsExactly("64x48", "128x96", "256x192");
        // enlarged coarse result + the photo's detail above that scale = the photo, when the network changes nothing
        // (up to resizing the photo along two paths and clamping at 0 and 255)
        assertThat(Differences.meanAbs(out, photo)).as("mean absolute difference from the photo").isLessThan(0.1);
    }

    @Test
    void coarseColoursReachTheFinalPictureAndStrengthBlendsOnceWithThePhoto() {
        Picture photo = TestData.tubingen(128);
        // a "network" that paints everything at its coarse pass a flat 200 and leaves finer passes alone
        UnaryOperator<Picture> coarseOnly = p -> p.width() < 128 ? flat(p.width(), p.height(), 200f) : p;
        Picture full = run(new CoarseToFine(recording(new ArrayList<>(), coarseOnly), 2), photo, 1.0);
        Picture half = run(new CoarseToFine(recording(new ArrayList<>(), coarseOnly), 2), photo, 0.5);
        double meanFull = mean(full);
        assertThat(meanFull).as("the coarse pass's flat colour, with only the photo's fine detail on top").isCloseTo(200, within(3.0));
        assertThat(mean(half)).isCloseTo((mean(photo) + meanFull) / 2, within(0.5));
    }

    @Test
    void oneScaleIsTheNetworkAsIsAndBadScalesAreRefused() {
        Picture photo = TestData.tubingen(64);
        List<String> sizes = new ArrayList<>();
        Stylizer network = recording(sizes, p -> flat(p.width(), p.height(), 10f));
        Picture out = run(new CoarseToFine(network, 1), photo, 1.0);
        assertThat(sizes).containsExactly("64x48");
        assertThat(out.data()[0]).isEqualTo(10f);
        assertThatThrownBy(() -> new CoarseToFine(network, 0)).hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> new CoarseToFine(network, 5)).hasMessageContaining("between 1 and 4");
    }

    private static Picture flat(int w, int h, float value) {
        float[] d = new float[3 * w * h];
        Arrays.fill(d, value);
        return new Picture(w, h, d);
    }

    private static double mean(Picture p) {
        double sum = 0;
        for (float v : p.data()) {
            sum += v;
        }
        return sum / p.data().length;
    }
}
