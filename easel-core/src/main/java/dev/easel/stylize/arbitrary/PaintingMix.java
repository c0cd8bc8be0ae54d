package dev.easel.stylize.arbitrary;

import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;

import java.util.ArrayList;
import java.util.List;

/** A request's paintings and their weights, for the networks that take pictures and no masks. */
record PaintingMix(List<Picture> paintings, double[] weights) {
    /**
     * @param network the network's name for the message when a style comes with a mask
     * @throws EaselException when a style is a name instead of a picture or has a mask (the request's weights are
     *                        never all zero, see {@link StyleRequest})
     */
    static PaintingMix of(StyleRequest request, String network) {
        List<StyleInput> inputs = Finishing.prepareStyles(request);
        List<Picture> paintings = new ArrayList<>();
        double[] weights = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            StyleInput s = ArbitraryStylizer.requireImage(inputs.get(i));
            if (s.mask() != null) {
                throw new EaselException("the " + network + " network does not take style masks; the yanai network does");
            }
            paintings.add(s.picture());
            weights[i] = s.weight();
        }
        return new PaintingMix(paintings, weights);
    }
}
