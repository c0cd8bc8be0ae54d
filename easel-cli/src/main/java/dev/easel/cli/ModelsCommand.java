package dev.easel.cli;

import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelRegistry;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code easel models}: the trained models Easel can use, with their cards. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List shipped and user models.")
public final class ModelsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        ModelRegistry registry = ModelRegistry.standard();
        List<ModelCard> cards = registry.list();
        System.out.println("Model folders: " + String.join(", ", registry.folders().stream().map(Path::toString).toList()));
        if (cards.isEmpty()) {
            System.out.println("No trained models yet: train one with 'easel train realtime', 'easel train multi' or 'easel train arbitrary'.");
        }
        for (ModelCard c : cards) {
            Object conditioning = c.settings() == null ? null : c.settings().get("conditioning");
            System.out.printf("%-24s %-9s arch=%-8s%s steps=%d trained %.0f min on %s%n", c.name(), c.method(),
                c.architecture(), conditioning == null ? "" : " conditioning=" + conditioning, c.steps(), c.wallSeconds() / 60,
                c.trainingData());
            if (c.isFor(Method.ARBITRARY)) {
                Object styles = c.settings() == null ? null : c.settings().get("trainingStyles");
                System.out.println("    any style image" + (styles == null ? "" : " (trained on " + styles + ")"));
            } else {
                System.out.println("    " + (c.styles().size() == 1 ? "style: " : c.styles().size() + " styles: ")
                    + String.join(", ", c.styles()));
            }
        }
        return 0;
    }
}
