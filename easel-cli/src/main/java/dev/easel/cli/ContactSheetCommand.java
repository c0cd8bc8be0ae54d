package dev.easel.cli;

import dev.easel.image.ContactSheet;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.FileNames;
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
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Images, left to right.")
    List<Path> images;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Sheet to write (.png, .jpg).")
    Path output;

    @Option(names = "--height", paramLabel = "PX", description = "Height of the row.")
    int height = 256;

    @Option(names = "--columns", paramLabel = "N", description = "Images per row; more start a new row (0: one row).")
    int columns = 0;

    @Option(names = "--force", description = "Overwrite an existing output.")
    boolean force;

    @Option(names = "--no-labels", negatable = false, description = "Leave out the file names under the images.")
    boolean noLabels;

    @Override
    public Integer call() {
        List<Picture> pictures = new ArrayList<>();
        for (Path p : images) {
            Picture picture = ImageReader.read(p);
            pictures.add(noLabels ? picture : SheetLabels.labelled(picture, FileNames.stem(p), height));
        }
        if (columns < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--columns must be >= 0");
        }
        int perRow = columns == 0 ? pictures.size() : columns;
        List<Picture> rows = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i += perRow) {
            List<Picture> row = pictures.subList(i, Math.min(pictures.size(), i + perRow));
            rows.add(ContactSheet.row(row, noLabels ? height : row.get(0).height(), 8)); // labelled ones are at their height
        }
        Picture sheet = rows.size() == 1 ? rows.get(0) : ContactSheet.column(rows, 8);
        ImageWriter.write(sheet, output, force);
        System.err.printf("wrote %s (%dx%d, %d image%s)%n", output, sheet.width(), sheet.height(), pictures.size(), pictures.size() == 1 ? "" : "s");
        return 0;
    }
}
