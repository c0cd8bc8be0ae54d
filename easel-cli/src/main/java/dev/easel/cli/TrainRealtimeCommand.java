package dev.easel.cli;

import dev.easel.nets.Conditioning;
import dev.easel.io.FileNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code easel train realtime}: one transformer network per style (Johnson et al. 2016). */
@Command(name = "realtime", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Train a real-time network for one style. Checkpoints as it goes and on Ctrl-C; --resume continues exactly.")
public final class TrainRealtimeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--style", required = true, paramLabel = "FILE", description = "The painting.")
    Path style;

    @Mixin
    TrainingOptions options;

    @Override
    public Integer call() {
        options.validate(spec.commandLine());
        String name = options.name != null ? options.name : FileNames.stem(style);
        return options.run(options.config(List.of(style), Conditioning.NONE, null, 0, name), spec.commandLine());
    }
}
