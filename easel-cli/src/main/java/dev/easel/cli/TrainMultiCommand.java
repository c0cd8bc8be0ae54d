package dev.easel.cli;

import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Conditioning;
import picocli.CommandLine.ArgGroup;
import dev.easel.io.FileNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code easel train multi}: one network for several styles (Yanai 2017; Dumoulin et al.'s conditional
 * instance norm), or one more style for a trained one.
 */
@Command(name = "multi", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = {"Train one network for several styles, or add a style to a trained multi-style model.",
        "Every batch mixes styles. Checkpoints as it goes and on Ctrl-C; --resume continues exactly."})
public final class TrainMultiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Mode mode;

    /** Either all styles from scratch, or one new style for a trained model. */
    static final class Mode {
        @Option(names = "--style", paramLabel = "FILE", description = "A painting; repeat for every style (at least two).")
        List<Path> styles;

        @ArgGroup(exclusive = false)
        Addition addition;
    }

    static final class Addition {
        @Option(names = "--add-style", required = true, paramLabel = "FILE",
            description = "Add this painting to --model, training only its own conditional instance-norm parameters.")
        Path style;

        @Option(names = "--model", required = true, paramLabel = "NAME|PATH", description = "The trained multi-style model to extend.")
        String model;
    }

    @Option(names = "--conditioning", paramLabel = "KIND",
        description = "cin: conditional instance norm (a scale and shift per style in every norm layer); concat: Yanai's style vector concatenated with the encoder's features.")
    String conditioning = "cin";

    @Option(names = "--balance-styles", negatable = true, fallbackValue = "true",
        description = "Scale each painting's style loss so all pull about as hard as mosaic.jpg, on which --style-weight was tuned (low-contrast paintings such as udnie otherwise come out faint).")
    boolean balanceStyles = true;

    @Option(names = "--balance-power", paramLabel = "P",
        description = "How far --balance-styles evens the pull, from 0 (not at all) to 1 (fully). With --content-weight 30 and a style pyramid, 0.25 gives each painting about the weight its own real-time network was trained with.")
    double balancePower = 1;

    @Mixin
    TrainingOptions options;

    @Override
    public Integer call() {
        options.validate(spec.commandLine());
        if (!(balancePower >= 0 && balancePower <= 1)) {
            throw new ParameterException(spec.commandLine(), "--balance-power must be between 0 and 1, got " + balancePower);
        }
        if (mode.addition != null) {
            Path base = ModelRegistry.standard().find(mode.addition.model);
            ModelCard card = ModelFile.readCard(base);
            List<Path> styles = new ArrayList<>(card.styles().stream().map(Path::of).toList());
            styles.add(mode.addition.style);
            String name = options.name != null ? options.name : card.name() + "+" + FileNames.stem(mode.addition.style);
            Conditioning c = card.network().conditioning();
            return options.run(options.config(styles, c, base, styleBalance(), name), spec.commandLine());
        }
        if (mode.styles.size() < 2) {
            throw new ParameterException(spec.commandLine(), "a multi-style network needs at least two --style paintings");
        }
        Conditioning c;
        try {
            c = Conditioning.named(conditioning);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--conditioning: " + e.getMessage());
        }
        if (c == Conditioning.NONE) {
            throw new ParameterException(spec.commandLine(), "--conditioning must be cin or concat");
        }
        String name = options.name != null ? options.name : "multi" + mode.styles.size();
        return options.run(options.config(mode.styles, c, null, styleBalance(), name), spec.commandLine());
    }

    private double styleBalance() {
        return balanceStyles ? balancePower : 0;
    }
}
