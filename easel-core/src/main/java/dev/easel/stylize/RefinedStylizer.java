package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.stylize.gatys.GatysStylizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A feed-forward network's picture finished by a few iterations of the Gatys objective, started from that
 * picture instead of the photo: the bridge between one pass (a second) and a full optimization (minutes).
 * The network gets the painting's colours and textures most of the way; the optimizer then matches the
 * painting's statistics where the network fell short, coarse to fine on large outputs.
 */
public final class RefinedStylizer extends NetworkWrapper {
    /** Share of the progress bar given to the network's pass: it is seconds against the optimizer's tens. */
    private static final double NETWORK_SHARE = 0.05;

    private final GatysStylizer optimizer;
    private final Function<StyleInput, Picture> painting;

    /**
     * @param network   the feed-forward stylizer (closed with this one)
     * @param optimizer the Gatys stylizer whose levels and iterations make the refinement (closed with this one)
     * @param painting  the painting of a style the network knows by name only (a model's built-in style);
     *                  styles given as pictures are used as they are
     */
    public RefinedStylizer(Stylizer network, GatysStylizer optimizer, Function<StyleInput, Picture> painting) {
        super(network);
        this.optimizer = optimizer;
        this.painting = painting;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        // the whole stylization first; colour preservation by luminance and strength are applied once, at the end
        ColorPreservation early = request.preserveColors() == ColorPreservation.LUMINANCE ? ColorPreservation.NONE
            : request.preserveColors();
        StyleRequest full = new StyleRequest(request.content(), request.styles(), request.size(), early, 1.0);
        StyleRequest withPaintings = new StyleRequest(request.content(), paintings(request.styles()), request.size(), early, 1.0);
        int total = optimizer.totalIterations(withPaintings);
        Picture start = network.stylize(full, p -> progress.onProgress(
            new Progress("network", 0, total, null, null, NETWORK_SHARE * p.workDone())), cancellation);
        Picture refined = optimizer.refine(start, withPaintings, p -> progress.onProgress(
            new Progress("refine " + p.stage(), p.step(), total, p.loss(), p.preview(),
                NETWORK_SHARE + (1 - NETWORK_SHARE) * p.workDone(), p.evaluations(), p.stopReason())), cancellation);
        return Finishing.finish(refined, request);
    }

    private List<StyleInput> paintings(List<StyleInput> styles) {
        List<StyleInput> out = new ArrayList<>();
        for (StyleInput s : styles) {
            out.add(s.picture() != null ? s : new StyleInput(painting.apply(s), s.name(), s.weight(), s.mask()));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            optimizer.close();
        }
    }
}
