package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options every {@code easel train} command shares: seed, checkpoint and validation cadence. */
final class TrainingSchedule {
    @Option(names = "--seed", description = "Seed for initialisation and data order.")
    long seed = 1;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Steps between checkpoints.")
    int checkpointEvery = 100;

    @Option(names = "--validate-every", paramLabel = "N", description = "Steps between validation images (0: never).")
    int validateEvery = 250;

    @Option(names = "--validation-photo", paramLabel = "FILE", description = "Photo for validation images (default: the shared tubingen.jpg, never trained on).")
    Path validationPhoto;

    boolean valid() {
        return checkpointEvery >= 1 && validateEvery >= 0;
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
