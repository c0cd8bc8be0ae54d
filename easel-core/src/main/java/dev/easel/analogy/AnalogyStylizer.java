package dev.easel.analogy;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Finishing;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;

import java.util.List;

/**
 * Image Analogies behind the {@link Stylizer} seam. With an example pair, every request's photo is B and
 * the pair is the filter (the request's styles are not used). Without one, each request's first style
 * picture is a painting and the pair is made from it ({@link ExamplePair#fromPainting}), at the output's
 * long side as Gatys sizes a style, so any front end that hands over a painting gets painterly analogies.
 */
public final class AnalogyStylizer implements Stylizer {
    public static final String METHOD = "analogy";

    private final ExamplePair pair;
    private final AnalogySettings settings;

    private AnalogyStylizer(ExamplePair pair, AnalogySettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("analogy settings are needed");
        }
        this.pair = pair;
        this.settings = settings;
    }

    /** Applies the filter that takes {@code pair.a()} to {@code pair.aPrime()}. */
    public static AnalogyStylizer ofPair(ExamplePair pair, AnalogySettings settings) {
        if (pair == null) {
            throw new IllegalArgumentException("an example pair is needed");
        }
        return new AnalogyStylizer(pair, settings);
    }

    /** Paints with each request's painting: A' is the painting, A the painting smoothed. */
    public static AnalogyStylizer ofPaintings(AnalogySettings settings) {
        return new AnalogyStylizer(null, settings);
    }

    /** A request for photo {@code b} at long side {@code size} (0: as is) for a stylizer made with a pair. */
    public static StyleRequest request(ExamplePair pair, Picture b, int size) {
        return StyleRequest.of(b, pair.aPrime(), size);
    }

    /**
     * The size of the example {@code request} is matched against, known before any work: the pair as given, or
     * the request's painting at the output's long side; null when the request names a style without a picture.
     */
    public int[] exampleSize(StyleRequest request) {
        if (pair != null) {
            return new int[] {pair.a().width(), pair.a().height()};
        }
        Picture painting = request.styles().get(0).picture();
        if (painting == null) {
            return null;
        }
        int[] out = request.outputSize();
        return StyleRequest.outputSize(painting.width(), painting.height(), Math.max(out[0], out[1]));
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        Picture b = request.contentAtOutputSize();
        ExamplePair example = pair != null ? pair : paintingPair(request, Math.max(b.width(), b.height()));
        AnalogyResult result = new ImageAnalogy(settings).apply(example, b, progress, cancellation);
        return Finishing.finish(result.picture(), request);
    }

    private static ExamplePair paintingPair(StyleRequest request, int longSide) {
        List<StyleInput> styles = Finishing.prepareStyles(request);
        Picture painting = styles.get(0).picture();
        if (painting == null) {
            throw new IllegalArgumentException("image analogies need a painting (a picture), not the style name '"
                + styles.get(0).name() + "'");
        }
        return ExamplePair.fromPainting(Resizer.fitLongSide(painting, longSide));
    }

    @Override
    public void close() {
        // holds no native resources
    }
}
