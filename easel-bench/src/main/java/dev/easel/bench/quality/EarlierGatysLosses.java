package dev.easel.bench.quality;

import dev.easel.EaselException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gatys losses measured by an earlier {@code bench quality --csv} run, so that scoring a retrained
 * network does not redo minutes of optimization per pair. A pair is reused only where the photo's own
 * style loss agrees with the earlier run's: a different {@code --size} or scoring would change it.
 * CSVs written before the x1/2 and x1/4 scales and the content ratio hold only the x1 style loss; their
 * other losses read as NaN, and {@link ScaledLosses#complete()} tells.
 */
final class EarlierGatysLosses {
    /** The CSV keeps 6 significant digits. */
    private static final double SAME_LOSS = 1e-4;

    /** An earlier pair: the photo's x1 style loss (the consistency check), Gatys' losses, and where they came from. */
    record Measured(double photoLoss, ScaledLosses gatys, Path file) {
    }

    private final Map<String, Measured> byPair = new HashMap<>();

    static EarlierGatysLosses read(List<Path> files) {
        EarlierGatysLosses losses = new EarlierGatysLosses();
        for (Path file : files) {
            losses.add(file);
        }
        return losses;
    }

    private void add(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EaselException("cannot read earlier quality results " + file + ": " + e.getMessage(), e);
        }
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split(","));
        int style = header.indexOf("style");
        int photo = header.indexOf("photo");
        int photoLoss = header.indexOf("photo_style_loss");
        int gatysFull = header.indexOf("gatys_style_loss");
        if (style < 0 || photo < 0 || photoLoss < 0 || gatysFull < 0) {
            throw new EaselException(file + " is not a CSV of easel bench quality (its header lacks style, photo, "
                + "photo_style_loss or gatys_style_loss)");
        }
        // absent in CSVs of earlier versions: read as NaN
        int gatysHalf = header.indexOf("gatys_style_loss_half");
        int gatysQuarter = header.indexOf("gatys_style_loss_quarter");
        int gatysContent = header.indexOf("gatys_content_loss");
        int gatysEdges = header.indexOf("gatys_edges");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new EaselException(file + " line " + (i + 1) + ": expected " + header.size() + " columns, found " + cells.length);
            }
            try {
                ScaledLosses gatys = new ScaledLosses(number(cells, gatysContent), number(cells, gatysFull),
                    number(cells, gatysHalf), number(cells, gatysQuarter), number(cells, gatysEdges));
                if (Double.isFinite(gatys.styleFull())) { // a --no-gatys run has none
                    byPair.put(key(cells[style], cells[photo]), new Measured(number(cells, photoLoss), gatys, file));
                }
            } catch (NumberFormatException e) {
                throw new EaselException(file + " line " + (i + 1) + ": not a number: " + e.getMessage(), e);
            }
        }
    }

    /** The cell's number; NaN for a column that is absent, an empty cell or "NaN" (what did not run). */
    private static double number(String[] cells, int column) {
        return column < 0 || cells[column].isEmpty() ? Double.NaN : Double.parseDouble(cells[column]);
    }

    /**
     * The earlier Gatys losses of this style on this photo, if they were measured; an error when the
     * earlier run saw a different photo loss.
     */
    Optional<Measured> find(String style, String photo, double photoLoss) {
        Measured m = byPair.get(key(style, photo));
        if (m == null) {
            return Optional.empty();
        }
        if (!(Math.abs(m.photoLoss() - photoLoss) <= SAME_LOSS * Math.abs(photoLoss))) {
            throw new EaselException(String.format(Locale.ROOT,
                "the earlier results measured %s on %s with a photo style loss of %.6g, this run %.6g: they were made at "
                    + "another --size or with other weights; run without --gatys-from", style, photo, m.photoLoss(), photoLoss));
        }
        return Optional.of(m);
    }

    private static String key(String style, String photo) {
        return style + "\u0000" + photo;
    }
}
