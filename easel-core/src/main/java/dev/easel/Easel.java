package dev.easel;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.io.FileNames;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.names.StyleNames;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.arbitrary.AdainStylizer;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;

import java.nio.file.Path;
import java.util.List;

/**
 * The library's front door: a method loaded once by name (or a trained model by name or file), then any number
 * of photos stylized with it. Models and the VGG19 weights are found as the command line finds them (see the
 * README), and every default is the command line's. Close it when done: it holds the loaded networks.
 *
 * <p>For several styles at once, masks, colour preservation or strength, build a {@link StyleRequest} and give it
 * to {@link #stylizer()}.
 */
public final class Easel implements AutoCloseable {
    /** The name that loads the Gatys optimization. */
    public static final String GATYS = "gatys";

    private final Stylizer stylizer;
    /** The trained model's card; null for the Gatys optimization. */
    private final ModelCard card;

    private Easel(Stylizer stylizer, ModelCard card) {
        this.stylizer = stylizer;
        this.card = card;
    }

    /**
     * Loads {@code methodOrModel}: "gatys" (the optimization), "arbitrary" (the default arbitrary-style model),
     * "multi" (the default multi-style model), a trained model's name ("candy", "adain"), or the path of a model
     * card (a .json file).
     *
     * @throws dev.easel.names.UnknownNameException when no model has that name
     */
    public static Easel load(String methodOrModel) {
        if (methodOrModel.equals(GATYS)) {
            return gatys();
        }
        if (methodOrModel.equals(Method.ARBITRARY.id())) {
            return model(AdainStylizer.DEFAULT_MODEL);
        }
        if (methodOrModel.equals(Method.MULTI.id())) {
            return model(RealtimeStylizer.DEFAULT_MULTI_MODEL);
        }
        if (methodOrModel.equals(Method.REALTIME.id())) {
            List<String> models = ModelRegistry.standard().list().stream().filter(c -> c.isFor(Method.REALTIME)).map(ModelCard::name).toList();
            throw new IllegalArgumentException("the realtime method paints with a network trained for one style: load one by name"
                + (models.isEmpty() ? "" : " (" + String.join(", ", models) + ")"));
        }
        return model(methodOrModel);
    }

    /** The Gatys optimization, with {@link dev.easel.stylize.gatys.GatysSettings#defaultsFor its defaults}. */
    public static Easel gatys() {
        FeatureNetwork vgg = VggLocator.load(null, Pooling.MAX);
        try {
            return new Easel(GatysStylizer.builder(vgg).ownsNetwork(true).build(), null);
        } catch (RuntimeException e) {
            vgg.close();
            throw e;
        }
    }

    /** A trained model by name or card path; its card says which method it serves. */
    public static Easel model(String nameOrCard) {
        Path cardPath = StyleNames.standard().model(nameOrCard);
        ModelCard card = ModelFile.readCard(cardPath);
        ModelRegistry registry = ModelRegistry.standard();
        Stylizer stylizer = card.isFor(Method.ARBITRARY)
            ? ArbitraryStylizer.load(registry, cardPath.toString(), VggLocator.load(null, Pooling.MAX))
            : RealtimeStylizer.load(registry, cardPath.toString(), card.method());
        return new Easel(stylizer, card);
    }

    /** The method: gatys, realtime, multi or arbitrary. */
    public String method() {
        return stylizer.method();
    }

    /** The styles a {@link Style.Named} may name: a multi-style model's; empty for the methods that read paintings. */
    public List<String> styles() {
        return card == null || card.isFor(Method.ARBITRARY) ? List.of() : card.styles().stream().map(FileNames::stem).toList();
    }

    /** {@code photo} in {@code style} at the default output size (a long side of {@value StyleRequest#DEFAULT_SIZE}). */
    public Picture stylize(Picture photo, Style style) {
        return stylize(photo, style, StyleRequest.DEFAULT_SIZE, ProgressListener.NONE, Cancellation.none());
    }

    /**
     * {@code photo} in {@code style}.
     *
     * @param size long side of the output in pixels; 0 keeps the photo's size
     * @throws dev.easel.stylize.CancelledException when {@code cancellation} is triggered before the work is done
     */
    public Picture stylize(Picture photo, Style style, int size, ProgressListener progress, Cancellation cancellation) {
        StyleRequest request = new StyleRequest(photo, List.of(input(style)), size, ColorPreservation.NONE, 1.0);
        return stylizer.stylize(request, progress, cancellation);
    }

    /** The stylizer underneath, for requests beyond one style. */
    public Stylizer stylizer() {
        return stylizer;
    }

    /** The style as the stylizer reads it, refused when the method cannot paint it. */
    private StyleInput input(Style style) {
        if (card == null || card.isFor(Method.ARBITRARY)) {
            if (style instanceof Style.Painting p) {
                return StyleInput.of(p.picture());
            }
            if (style instanceof Style.Named n) {
                return new StyleInput(ImageReader.read(StyleNames.standard().painting(n.name())), n.name(), 1.0);
            }
            throw new IllegalArgumentException("the " + method() + " method paints the style of a painting: give one");
        }
        if (style instanceof Style.Painting) {
            throw new IllegalArgumentException("model '" + card.name() + "' paints the styles it was trained on, not a given painting"
                + (card.isFor(Method.MULTI) ? ": name one of " + String.join(", ", styles()) : ""));
        }
        if (style instanceof Style.Named n) {
            card.styleIndex(n.name()); // an unknown name is refused here, with suggestions
            return new StyleInput(null, n.name(), 1.0);
        }
        if (card.isFor(Method.MULTI)) {
            throw new IllegalArgumentException("model '" + card.name() + "' paints several styles: name one of " + String.join(", ", styles()));
        }
        return new StyleInput(null, card.name(), 1.0); // a one-style network paints its own style whatever the name
    }

    @Override
    public void close() {
        stylizer.close();
    }
}
