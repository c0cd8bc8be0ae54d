package dev.easel.cli.bench;

import dev.easel.EaselException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Gatys style losses measured by an earlier {@code bench quality --csv} run, so that scoring a retrained
 * network does not redo minutes of optimization per pair. A pair is reused only where the photo's own
 * style loss agrees with the earlier run's: a different {@code --size} or scoring would change it.
 */
final class EarlierGatysLosses {
    /** The CSV keeps 6 significant digits. */
    private static final double SAME_LOSS = 1e-4;

    private record Measured(double photoLoss, double gatysLoss) {
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
        int gatysLoss = header.indexOf("gatys_style_loss");
        if (style < 0 || photo < 0 || photoLoss < 0 || gatysLoss < 0) {
            throw new EaselException(file + " is not a CSV of easel bench quality (its header lacks style, photo, "
                + "photo_style_loss or gatys_style_loss)");
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new EaselException(file + " line " + (i + 1) + ": expected " + header.size() + " columns, found " + cells.length);
            }
            try {
                double gatys = Double.parseDouble(cells[gatysLoss]);
                if (Double.isFinite(gatys)) {
                    byPair.put(key(cells[style], cells[photo]), new Measured(Double.parseDouble(cells[photoLoss]), gatys));
                }
            } catch (NumberFormatException e) {
                throw new EaselException(file + " line " + (i + 1) + ": not a number: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The earlier Gatys loss of this style on this photo, if one was measured; an error when the earlier
     * run saw a different photo loss.
     */
    OptionalDouble find(String style, String photo, double photoLoss) {
        Measured m = byPair.get(key(style, photo));
        if (m == null) {
            return OptionalDouble.empty();
        }
        if (Math.abs(m.photoLoss() - photoLoss) > SAME_LOSS * Math.abs(photoLoss)) {
            throw new EaselException(String.format(Locale.ROOT,
                "the earlier results measured %s on %s with a photo style loss of %.6g, this run %.6g: they were made at "
                    + "another --size or with other weights; run without --gatys-from", style, photo, m.photoLoss(), photoLoss));
        }
        return OptionalDouble.of(m.gatysLoss());
    }

    private static String key(String style, String photo) {
        return style + "\u0000" + photo;
    }
}
