package dev.easel.bench.quality;

import dev.easel.cli.CliRun;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QualityBenchTest {
    private static final Path SHARED = VggLocator.sharedDirectory().toAbsolutePath();
    /** The columns of the CSVs bench quality wrote before log-shares, scales and the content ratio. */
    private static final List<String> OLD_COLUMNS =
        List.of("model", "style", "photo", "photo_style_loss", "network_style_loss", "gatys_style_loss", "share", "network_ms", "identified");

    @TempDir
    Path dir;

    /** The named cell of the CSV's first data row. */
    private static String cell(List<String> csv, String column) {
        int index = Arrays.asList(csv.get(0).split(",")).indexOf(column);
        assertThat(index).as(column).isNotNegative();
        return csv.get(1).split(",", -1)[index];
    }

    private static double number(List<String> csv, String column) {
        return Double.parseDouble(cell(csv, column));
    }

    private CliRun quality(String... more) {
        List<String> args = new ArrayList<>(List.of("bench", "quality", "--model", "candy", "--photos",
            SHARED.resolve("images/content/amber.jpg").toString(), "--iterations", "3"));
        args.addAll(List.of(more));
        if (!args.contains("--size")) {
            args.addAll(List.of("--size", "64"));
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A retrained network is scored against the Gatys losses of an earlier run without optimizing again. */
    @Test
    void earlierGatysLossesAreReusedForTheSamePairsOnly() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = dir.resolve("first.csv");
        CliRun optimized = quality("--cache", cache.toString(), "--csv", first.toString());
        assertThat(optimized.exitCode()).as(optimized.err()).isZero();
        assertThat(optimized.err()).contains("Gatys, 3 iterations").contains("log-share");

        Path second = dir.resolve("second.csv");
        CliRun reused = quality("--gatys-from", first.toString(), "--csv", second.toString());
        assertThat(reused.exitCode()).as(reused.err()).isZero();
        assertThat(reused.err()).doesNotContain("Gatys, 3 iterations");
        List<String> before = Files.readAllLines(first);
        List<String> after = Files.readAllLines(second);
        assertThat(after).hasSize(2);
        // the Gatys losses are the earlier ones; photo and network losses are recomputed (threaded sums: equal to ~1e-5)
        for (String c : List.of("network_edges", "gatys_edges")) { // correlations with the photo's edges: the photo shows through
            assertThat(number(before, c)).as(c).isGreaterThan(0.2).isLessThanOrEqualTo(1.0);
        }
        for (String c : List.of("gatys_style_loss", "gatys_style_loss_half", "gatys_style_loss_quarter", "gatys_content_loss", "gatys_edges")) {
            assertThat(cell(after, c)).as(c).isEqualTo(cell(before, c));
        }
        for (String c : List.of("photo_style_loss", "network_style_loss_quarter", "log_share", "log_share_quarter", "content_ratio", "share", "network_edges")) {
            if (cell(before, c).isEmpty()) { // 3 iterations need not lower the x1/4 loss: no log-share there
                assertThat(cell(after, c)).as(c).isEmpty();
                continue;
            }
            double was = number(before, c);
            assertThat(number(after, c)).as(c).isCloseTo(was, within(1e-3 * Math.abs(was)));
        }

        CliRun otherSize = quality("--size", "80", "--gatys-from", first.toString());
        assertThat(otherSize.exitCode()).isNotZero();
        assertThat(otherSize.err()).contains("another --size");

        Path notQuality = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        CliRun wrongFile = quality("--gatys-from", notQuality.toString());
        assertThat(wrongFile.exitCode()).isNotZero();
        assertThat(wrongFile.err()).contains("is not a CSV of easel bench quality");
    }

    /** A CSV of the earlier version has only the x1 Gatys loss: the rest comes from the cached picture, or a clear error. */
    @Test
    void olderCsvsNeedTheCachedGatysPictures() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = dir.resolve("first.csv");
        assertThat(quality("--cache", cache.toString(), "--csv", first.toString()).exitCode()).isZero();
        List<String> now = Files.readAllLines(first);
        Path old = Files.writeString(dir.resolve("old.csv"), String.join(",", OLD_COLUMNS) + "\n"
            + String.join(",", OLD_COLUMNS.stream().map(c -> cell(now, c)).toList()) + "\n");

        CliRun noPictures = quality("--gatys-from", old.toString());
        assertThat(noPictures.exitCode()).isNotZero();
        assertThat(noPictures.err()).contains("holds only the x1 style loss").contains("--cache");

        Path again = dir.resolve("again.csv");
        CliRun withPictures = quality("--gatys-from", old.toString(), "--cache", cache.toString(), "--csv", again.toString());
        assertThat(withPictures.exitCode()).as(withPictures.err()).isZero();
        assertThat(withPictures.err()).doesNotContain("Gatys, 3 iterations");
        // the cached picture scores as it did when it was optimized (threaded sums: equal to ~1e-5)
        double was = number(now, "gatys_style_loss_quarter");
        assertThat(number(Files.readAllLines(again), "gatys_style_loss_quarter")).isCloseTo(was, within(1e-3 * was));
    }
}
