package dev.easel.web.methods;

import dev.easel.io.FileNames;
import dev.easel.models.ModelCard;
import dev.easel.stylize.RefinedStylizer;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.EaselException;
import dev.easel.web.styles.PaintingFolder;

/**
 * The page's "finish" slider: a network's picture refined by a few Gatys iterations per coarse-to-fine
 * level, on the shared VGG19. A model's painting comes from the gallery folder, by the file name its card
 * records.
 *
 * @param vgg       the network the refinement optimizes with, shared with Gatys jobs
 * @param paintings the gallery, where a model's paintings are looked up
 * @param maxPixels largest painting read
 */
record Refiner(VggShelf vgg, PaintingFolder paintings, long maxPixels) {
    /** Iterations per level the page offers: at 512 px, 50 take about as long as a quarter of a Gatys job. */
    static final int MAX_ITERATIONS = 50;

    /** How many iterations jobs may ask for here (0 without VGG19 weights). */
    int maxIterations() {
        return vgg.available() ? MAX_ITERATIONS : 0;
    }

    /**
     * The network's stylization, finished by {@code iterations} (0: as it is).
     *
     * @param model the card of a model with built-in styles, or null when every style is a picture
     */
    Stylization refine(Stylization network, ModelCard model, int iterations) {
        if (iterations == 0) {
            return network;
        }
        GatysStylizer optimizer = GatysStylizer.builder(vgg.network()).iterations(iterations, iterations).build();
        return new Stylization(new RefinedStylizer(network.stylizer(), optimizer, style -> {
            String stem = FileNames.stem(model.painting(style.name()));
            if (!paintings.has(stem)) {
                throw new EaselException("the painting of style " + style.name() + " is not in this server's gallery, "
                    + "so it cannot be refined; choose refine 0");
            }
            return paintings.read(stem, maxPixels);
        }), network.styles());
    }
}
