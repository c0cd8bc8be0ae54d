package dev.easel.cli;

import dev.easel.image.ContactSheet;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code easel contact-sheet}: images side by side (e.g. content | style | result) for docs and reviews. */
@Command(name = "contact-sheet", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Lay images side by side at one height.")
public final class ContactSheetCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Images, left to right.")
    List<Path> images;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Sheet to write (.png, .jpg).")
    Path output;

    @Option(names = "--height", paramLabel = "PX", description = "Height of the row.")
    int height = 256;

    @Option(names = "--force", description = "Overwrite an existing output.")
    boolean force;

    @Override
    public Integer call() {
        List<Picture> pictures = new ArrayList<>();
        for (Path p : images) {
            pictures.add(ImageReader.read(p));
        }
        ImageWriter.write(ContactSheet.row(pictures, height, 8), output, force);
        return 0;
    }
}
