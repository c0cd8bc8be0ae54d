package dev.easel.cli;

import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QualityBenchTest {
    private static final Path SHARED = VggLocator.sharedDirectory().toAbsolutePath();

    @TempDir
    Path dir;

    private static String column(String csvRow, int index) {
        return csvRow.split(",")[index];
    }

    /** A retrained network is scored against the Gatys losses of an earlier run without optimizing again. */
    @Test
    void earlierGatysLossesAreReusedForTheSamePairsOnly() throws Exception {
        String photo = SHARED.resolve("images/content/amber.jpg").toString();
        Path first = dir.resolve("first.csv");
        CliRun optimized = CliRun.of("bench", "quality", "--model", "candy", "--photos", photo, "--size", "48",
            "--iterations", "3", "--csv", first.toString());
        assertThat(optimized.exitCode()).as(optimized.err()).isZero();
        assertThat(optimized.err()).contains("Gatys, 3 iterations");

        Path second = dir.resolve("second.csv");
        CliRun reused = CliRun.of("bench", "quality", "--model", "candy", "--photos", photo, "--size", "48",
            "--iterations", "3", "--gatys-from", first.toString(), "--csv", second.toString());
        assertThat(reused.exitCode()).as(reused.err()).isZero();
        assertThat(reused.err()).doesNotContain("Gatys, 3 iterations");
        List<String> before = Files.readAllLines(first);
        List<String> after = Files.readAllLines(second);
        assertThat(after).hasSize(2);
        // the Gatys loss is the earlier one; photo and network losses are recomputed (threaded sums: equal to ~1e-5)
        assertThat(column(after.get(1), 5)).isEqualTo(column(before.get(1), 5));
        for (int c : new int[] {3, 4, 6}) { // photo and network losses, share
            double was = Double.parseDouble(column(before.get(1), c));
            assertThat(Double.parseDouble(column(after.get(1), c))).isCloseTo(was, within(1e-3 * Math.abs(was)));
        }

        CliRun otherSize = CliRun.of("bench", "quality", "--model", "candy", "--photos", photo, "--size", "64",
            "--iterations", "3", "--gatys-from", first.toString());
        assertThat(otherSize.exitCode()).isNotZero();
        assertThat(otherSize.err()).contains("another --size");

        Path notQuality = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        CliRun wrongFile = CliRun.of("bench", "quality", "--model", "candy", "--photos", photo, "--size", "48",
            "--gatys-from", notQuality.toString());
        assertThat(wrongFile.exitCode()).isNotZero();
        assertThat(wrongFile.err()).contains("is not a CSV of easel bench quality");
    }
}
