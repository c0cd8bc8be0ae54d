package dev.easel.web.methods;

import dev.easel.models.ModelCard;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;

import java.util.List;

/**
 * A method that runs a trained network from the model shelf in one pass: it offers sizes up to the server's
 * network limit and the page's "finish" refinement (when VGG19 is here), and lends a loaded network per job.
 */
abstract class ModelMethod implements WebMethod {
    private final String name;
    private final ModelShelf shelf;
    private final int maxSize;
    private final Refiner refiner;
    /** This method's models, in registry order (shipped first). */
    final List<ModelCard> models;

    ModelMethod(String name, ModelShelf shelf, int maxSize, Refiner refiner) {
        this.name = name;
        this.shelf = shelf;
        this.maxSize = maxSize;
        this.refiner = refiner;
        this.models = shelf.cards(name);
    }

    /**
     * This method's info.
     *
     * @param missing why it cannot run here, or null when it can
     */
    MethodInfo info(String description, String missing, int maxStyles, boolean uploads) {
        return new MethodInfo(name, description, missing == null, missing, maxStyles, uploads, false, MethodInfo.MIN_SIZE,
            Math.min(StyleRequest.DEFAULT_SIZE, maxSize), maxSize, refiner.maxIterations());
    }

    /** Whether VGG19's weights are here; without them the network cannot encode a painting, nor be refined. */
    VggShelf vgg() {
        return refiner.vgg();
    }

    /**
     * A job on {@code model}'s loaded network, refined by {@code refine} Gatys iterations per level.
     *
     * @param builtIn whether the styles are the model's own (their paintings come from its card); false when
     *                every style is a picture
     */
    Stylization lend(ModelCard model, List<StyleInput> styles, boolean builtIn, int refine) {
        return refiner.refine(new Stylization(shelf.lend(model), styles), builtIn ? model : null, refine);
    }
}
