package dev.easel.memory;

import dev.easel.analogy.AnalogySettings;
import dev.easel.analogy.AnalogyStylizer;
import dev.easel.analogy.ExamplePair;
import dev.easel.image.Picture;
import dev.easel.stylize.StyleRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analogy estimate covers what was measured, grows with the example as well as the output, and never overflows. */
class AnalogyEstimateTest {
    private static final long MB = 1L << 20;

    @Test
    void coversEveryMeasuredPeakWithoutDoublingIt() {
        // {output w, h, example w, h, full colour (1), measured peak RSS in MB} from the class comment
        long[][] measured = {
            {512, 384, 512, 320, 0, 130}, {1024, 768, 1024, 640, 0, 231}, {2048, 1536, 2048, 1280, 0, 599},
            {256, 192, 1024, 768, 0, 175}, {1024, 768, 1024, 768, 0, 221}, {1024, 768, 1024, 640, 1, 274}};
        for (long[] m : measured) {
            long estimate = AnalogyEstimate.bytes(m[0], m[1], m[2], m[3], m[4] == 1);
            assertThat(estimate).as("%dx%d", m[0], m[1]).isGreaterThan(m[5] * MB).isLessThan(2 * m[5] * MB);
        }
    }

    @Test
    void countsTheExampleAndFullColour() {
        long small = AnalogyEstimate.bytes(512, 384, 64, 64, false);
        assertThat(AnalogyEstimate.bytes(512, 384, 4096, 4096, false)).isGreaterThan(small + 1000 * MB);
        assertThat(AnalogyEstimate.bytes(512, 384, 64, 64, true)).isGreaterThan(small);
        assertThat(AnalogyEstimate.heapBytes(512, 384, 64, 64, false)).isEqualTo(small - AnalogyEstimate.FIXED_BYTES);
    }

    @Test
    void sizesNoPictureCanHoldAreUnbounded() {
        assertThat(AnalogyEstimate.bytes(Integer.MAX_VALUE, Integer.MAX_VALUE, 64, 64, false)).isEqualTo(Long.MAX_VALUE);
        assertThat(AnalogyEstimate.bytes(64, 64, 100_000, 100_000, true)).isEqualTo(Long.MAX_VALUE);
        assertThat(AnalogyEstimate.heapBytes(Long.MAX_VALUE, 2, 1, 1, false)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void theExampleIsThePairAsGivenOrThePaintingAtTheOutputsLongSide() {
        Picture photo = new Picture(400, 300, new float[3 * 400 * 300]);
        Picture painting = new Picture(160, 100, new float[3 * 160 * 100]);
        StyleRequest request = StyleRequest.of(photo, painting, 800);
        assertThat(AnalogyStylizer.ofPaintings(AnalogySettings.defaults()).exampleSize(request)).containsExactly(800, 500);
        ExamplePair pair = new ExamplePair(painting, painting);
        assertThat(AnalogyStylizer.ofPair(pair, AnalogySettings.defaults()).exampleSize(request)).containsExactly(160, 100);
    }
}
