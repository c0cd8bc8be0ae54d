package dev.easel.train;

import dev.easel.loss.LossSettings;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.nets.Conditioning;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.TreeMap;

/** The model card of a real-time (one style) or multi-style training run: what it was trained on and with what. */
final class RealtimeCard {
    private RealtimeCard() {
    }

    static ModelCard of(TrainingConfig config, RealtimeTrainer trainer, String vggSource, String command) {
        LossSettings weights = config.weights();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("batch", config.batch());
        settings.put("cropSize", config.cropSize());
        settings.put("styleSize", config.styleSize());
        settings.put("contentLayer", weights.contentLayer());
        settings.put("styleLayers", new TreeMap<>(weights.styleLayers()));
        settings.put("contentWeight", weights.contentWeight());
        settings.put("styleWeight", weights.styleWeight());
        settings.put("tvWeight", weights.tvWeight());
        settings.put("stylePyramid", weights.stylePyramid().levels());
        if (weights.stylePyramid().falloff() != 1.0) {
            settings.put("pyramidFalloff", weights.stylePyramid().falloff());
        }
        settings.put("learningRate", config.learningRate());
        settings.put("seed", config.seed());
        settings.put("vgg", vggSource);
        if (config.conditioning() != Conditioning.NONE) {
            settings.put("conditioning", config.conditioning().id());
        }
        if (config.baseModel() != null) {
            settings.put("addedTo", config.baseModel().getFileName().toString());
        }
        if (!config.initModels().isEmpty()) {
            settings.put("startedFrom", config.initModels().stream().map(m -> m.getFileName().toString())
                .collect(Collectors.joining(", ")));
        }
        if (config.styleBalance() != 0 && config.styleBalance() != 1) {
            settings.put("styleBalancePower", config.styleBalance());
        }
        double[] balance = trainer.styleBalance();
        if (balance != null) {
            Map<String, Double> factors = new LinkedHashMap<>();
            for (int i = 0; i < balance.length; i++) {
                factors.put(config.styles().get(i).getFileName().toString(), balance[i]);
            }
            settings.put("styleBalance", factors);
        }
        List<String> styleNames = config.styles().stream().map(p -> p.getFileName().toString()).toList();
        Method method = config.conditioning() == Conditioning.NONE ? Method.REALTIME : Method.MULTI;
        Path data = config.data();
        return new ModelCard(ModelCard.FORMAT, method.id(), config.name(), config.architecture().name(), styleNames,
            data.getFileName() + " (" + trainer.dataSize() + " photos)", trainer.step(), trainer.trainingSeconds(),
            trainer.finalLosses(), command, settings, null, null);
    }
}
