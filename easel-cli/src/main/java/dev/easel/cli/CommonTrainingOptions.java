package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.io.AtomicFiles;
import dev.easel.io.WriteFailures;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.train.Checkpoint;
import dev.easel.train.NetworkTrainer;
import dev.easel.train.TrainingLimits;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The options every {@code easel train} command has (a picocli mixin): seed, checkpoint and validation cadence,
 * resuming and verbosity, and the checks of the numbers every run has (core's {@link TrainingLimits}).
 */
final class CommonTrainingOptions {
    /** Core's names for the numbers every run has, and the flags that give them in every train command. */
    static final Map<String, String> FLAGS = Map.of(TrainingLimits.STEPS, "--steps", TrainingLimits.BATCH, "--batch",
        TrainingLimits.CROP_SIZE, "--size", TrainingLimits.STYLE_SIZE, "--style-size", TrainingLimits.LEARNING_RATE, "--lr",
        TrainingLimits.CHECKPOINT_EVERY, "--checkpoint-every", TrainingLimits.VALIDATE_EVERY, "--validate-every");

    /** {@link #FLAGS} and a command's own. */
    static Map<String, String> flagsWith(Map<String, String> own) {
        Map<String, String> all = new HashMap<>(FLAGS);
        all.putAll(own);
        return Map.copyOf(all);
    }

    @Option(names = "--seed", description = "Seed for initialisation and data order.")
    long seed = 1;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Steps between checkpoints.")
    int checkpointEvery = 100;

    @Option(names = "--validate-every", paramLabel = "N", description = "Steps between validation images (0: never).")
    int validateEvery = 250;

    @Option(names = "--validation-photo", paramLabel = "FILE", description = "Photo for validation images (default: the shared tubingen.jpg, never trained on).")
    Path validationPhoto;

    @Option(names = "--resume", description = "Continue from the checkpoint in --output.")
    boolean resume;

    @Option(names = "--resume-from", paramLabel = "NAME|PATH",
        description = {"Continue this run from a model it saved (NAME.json at its end, NAME-stepN.json when stopped) where its checkpoint is gone, "
            + "e.g. on another machine: weights and step count from the model, the learning rate on along the same schedule, Adam's moments afresh.",
            "Where --output holds a checkpoint, that is resumed instead, so the same command goes on from wherever the run got to."})
    String resumeFrom;

    @Option(names = "--verbose", description = "Show stack traces.")
    boolean verbose;

    /** The model --resume-from names, or null. */
    Path resumeModel() {
        return resumeFrom == null ? null : ModelRegistry.standard().find(resumeFrom);
    }

    /** With --resume-from and no checkpoint resumed: the run goes on from the model's step. */
    void continueIfAsked(NetworkTrainer trainer) {
        if (resumeFrom != null && trainer.step() == 0) {
            ModelCard card = ModelFile.readCard(resumeModel());
            trainer.continueFrom(Math.toIntExact(card.steps()), card.wallSeconds());
        }
    }

    /** Core's check of the run's numbers: the command's own flags and this mixin's cadence (names as in {@link #FLAGS}). */
    void checkNumbers(int steps, int batch, int size, int styleSize, double learningRate) {
        TrainingLimits.check(steps, batch, size, styleSize, learningRate, checkpointEvery, validateEvery);
    }

    /**
     * A checkpoint in {@code output} must be resumed, and only an existing one can be; and the folder must take
     * files now, not at the first checkpoint an hour in.
     */
    void checkOutput(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new EaselException(output + " is a file; --output takes a folder for checkpoints and the model");
        }
        try {
            AtomicFiles.probeWritable(output, "write-check");
        } catch (IOException e) {
            throw new EaselException(output + ": cannot write checkpoints there: " + WriteFailures.describe(e), e);
        }
        boolean hasCheckpoint = Checkpoint.exists(output);
        if (hasCheckpoint && !resume && resumeFrom == null) {
            throw new EaselException(output + " already holds a training checkpoint; add --resume to continue it, or choose another --output");
        }
        if (!hasCheckpoint && resume) {
            throw new EaselException(output + " has no checkpoint to resume");
        }
    }

    /** The validation photo at this long side; none when validation is off or the default photo is not there. */
    Picture validationPhoto(int side) {
        return validationImage(validationPhoto, VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg"), side);
    }

    /** The given image, else the default when it exists, at this long side; none when validation is off. */
    Picture validationImage(Path given, Path fallback, int side) {
        if (validateEvery == 0 || (given == null && !Files.isRegularFile(fallback))) {
            return null;
        }
        return Resizer.fitLongSide(ImageReader.read(given != null ? given : fallback), side);
    }
}
