package dev.easel.stylize.arbitrary;

import dev.easel.EaselException;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.WrongMethodException;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;

/**
 * The arbitrary-style method: any painting, in one pass of a trained network. Its networks are AdaIN's
 * ({@link AdainStylizer}, also with style swap's features), Yanai's ({@link YanaiStylizer}) and whitening and colouring ({@link WctStylizer});
 * {@link #load} picks the one a model card names.
 */
public abstract sealed class ArbitraryStylizer implements Stylizer permits AdainStylizer, YanaiStylizer, WctStylizer {
    ArbitraryStylizer() {
    }

    /**
     * Loads a trained arbitrary-style model by name or card path with its encoder {@code vgg} (owned by the
     * stylizer from then on), checking from the card, before any weights are read, that it is an arbitrary-style
     * model, and choosing the stylizer of the network (the card's architecture) it was trained as.
     *
     * @throws WrongMethodException if the model was trained for another method
     */
    public static ArbitraryStylizer load(ModelRegistry registry, String nameOrPath, FeatureNetwork vgg) {
        try {
            Path cardPath = registry.find(nameOrPath);
            ModelCard card = ModelFile.readCard(cardPath);
            if (!card.isFor(Method.ARBITRARY)) {
                throw new WrongMethodException(card.name(), card.method());
            }
            if (YanaiModel.ARCHITECTURE.equals(card.architecture())) {
                return new YanaiStylizer(YanaiModel.load(cardPath, vgg));
            }
            if (WctModel.ARCHITECTURE.equals(card.architecture())) {
                return new WctStylizer(WctModel.load(cardPath, vgg));
            }
            if (ArbitraryNetwork.SWAP.id().equals(card.architecture())) {
                return new AdainStylizer(AdainModel.load(cardPath, vgg, true, ArbitraryNetwork.SWAP));
            }
            return new AdainStylizer(AdainModel.load(cardPath, vgg, true));
        } catch (RuntimeException e) {
            vgg.close();
            throw e;
        }
    }

    @Override
    public final String method() {
        return Method.ARBITRARY.id();
    }

    /** {@code style}, refused when it names a style instead of giving an image. */
    static StyleInput requireImage(StyleInput style) {
        if (style.picture() == null) {
            throw new EaselException("the arbitrary method takes style images, not style names ('" + style.name() + "')");
        }
        return style;
    }
}
