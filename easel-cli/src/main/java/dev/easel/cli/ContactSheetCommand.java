package dev.easel.cli;

import dev.easel.image.ContactSheet;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.FileNames;
import dev.easel.memory.MemoryBudget;
import dev.easel.memory.MemoryEstimate;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code easel contact-sheet}: images side by side (e.g. content | style | result) for docs and reviews. */
@Command(name = "contact-sheet", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Lay images side by side at one height.")
public final class ContactSheetCommand implements Callable<Integer> {
    private static final int GAP = 8;

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

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = ByteSizeConverter.class,
        description = "Refuse a sheet whose estimated memory is over this (e.g. 2g; default as for stylize).")
    Long maxMemory;

    @Override
    public Integer call() {
        if (columns < 0) {
            throw usage("--columns must be >= 0");
        }
        if (height < 1) {
            throw usage("--height must be at least 1, got " + height);
        }
        OutputFiles.check(spec.commandLine(), output, force, ImageWriter::checkOutputName, images);
        MemoryBudget budget = SettingFlags.memoryBudget(spec.commandLine(), maxMemory);
        List<Picture> pictures = new ArrayList<>();
        for (Path p : images) {
            pictures.add(ImageReader.read(p));
        }
        int perRow = columns == 0 ? pictures.size() : columns;
        long[] size = sheetSize(pictures, perRow);
        budget.check(String.format(Locale.ROOT, "a contact sheet of %dx%d (%s)", size[0], size[1], ImageReader.pixelCount(size[0] * size[1])),
            MemoryEstimate.PICTURES.bytes(size[0], size[1]));
        for (int i = 0; i < pictures.size() && !noLabels; i++) { // labels only once the sheet is known to fit
            pictures.set(i, SheetLabels.labelled(pictures.get(i), FileNames.stem(images.get(i)), height));
        }
        List<Picture> rows = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i += perRow) {
            List<Picture> row = pictures.subList(i, Math.min(pictures.size(), i + perRow));
            rows.add(ContactSheet.row(row, noLabels ? height : row.get(0).height(), GAP)); // labelled ones are at their height
        }
        Picture sheet = rows.size() == 1 ? rows.get(0) : ContactSheet.column(rows, GAP);
        ImageWriter.write(sheet, output, force);
        System.err.printf("wrote %s (%dx%d, %d image%s)%n", output, sheet.width(), sheet.height(), pictures.size(), pictures.size() == 1 ? "" : "s");
        return 0;
    }

    /** The sheet's width and height, in longs: at --height 100000 they overflow an int. */
    private long[] sheetSize(List<Picture> pictures, int perRow) {
        long width = 0;
        long total = 0;
        for (int i = 0; i < pictures.size(); i += perRow) {
            long row = 0;
            List<Picture> inRow = pictures.subList(i, Math.min(pictures.size(), i + perRow));
            for (Picture p : inRow) {
                row += Math.max(1, Math.round((double) p.width() * height / p.height()));
            }
            width = Math.max(width, row + (long) GAP * (inRow.size() - 1));
            total += height + (i == 0 ? 0 : GAP);
        }
        return new long[] {width, total};
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
