package dev.easel.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where every {@code easel train} command reads its photos and writes its run (a picocli mixin). */
final class TrainingFolders {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of training photos (e.g. $EASEL_SHARED/images/train).")
    Path data;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for checkpoints, validation images and the model.")
    Path output;
}
