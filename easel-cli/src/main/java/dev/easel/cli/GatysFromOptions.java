package dev.easel.cli;

import dev.easel.loss.LossSettings;
import dev.easel.loss.StylePyramid;
import dev.easel.stylize.gatys.GatysBuilder;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.stylize.gatys.InitMode;
import dev.easel.vgg.FeatureNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Gatys stylizer the stylize flags describe: for --method gatys, and for --refine after a network. */
final class GatysFromOptions {
    private GatysFromOptions() {
    }

    /**
     * @param saveEvery  report a preview every N iterations (0: none)
     * @param fine       iterations at the final size
     * @param coarse     iterations at each coarser level
     */
    static GatysStylizer build(StylizeOptions o, int saveEvery, int fine, int coarse) {
        FeatureNetwork network = o.vgg.load(o.pooling);
        try {
            GatysBuilder b = GatysStylizer.builder(network).ownsNetwork(true);
            LossSettings defaults = GatysSettings.defaultsFor(network).weights();
            Map<String, Double> layers = o.styleLayers == null ? defaults.styleLayers() : parseLayers(o, o.styleLayers);
            String contentLayer = o.contentLayer == null ? defaults.contentLayer() : o.contentLayer;
            b.weights(new LossSettings(contentLayer, layers, o.contentWeight.weight,
                o.styleWeight == null ? defaults.styleWeight() : o.styleWeight, o.tvWeight == null ? defaults.tvWeight() : o.tvWeight,
                new StylePyramid(o.stylePyramid)));
            network.requireLayers(layers.keySet());
            network.requireLayers(List.of(contentLayer));
            return b.optimizer(o.optimizer.name()).learningRate(o.learningRate.rate).iterations(fine, coarse)
                .startSize(o.startSize).init(InitMode.valueOf(o.init.name().toUpperCase())).seed(o.seed).styleScale(o.styleScale == null ? 1.0 : o.styleScale)
                .saveEvery(saveEvery).build();
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    private static Map<String, Double> parseLayers(StylizeOptions o, List<String> specs) {
        Map<String, Double> layers = new LinkedHashMap<>();
        for (String s : specs) {
            String[] parts = s.split(":", 2);
            try {
                layers.put(parts[0].trim(), parts.length == 2 ? Double.parseDouble(parts[1]) : 1.0);
            } catch (NumberFormatException e) {
                throw o.usage("--style-layers: '" + s + "' is not LAYER or LAYER:WEIGHT");
            }
        }
        return layers;
    }
}
