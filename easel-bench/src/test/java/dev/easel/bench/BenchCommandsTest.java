package dev.easel.bench;

import dev.easel.cli.CliRun;
import dev.easel.cli.Main;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code easel bench} through the CLI's Main, which finds the benchmarks on this module's classpath. */
class BenchCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theCliFindsTheBenchmarksOnTheClasspath() {
        CliRun bare = CliRun.of("bench");
        assertThat(bare.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bare.err()).contains("summary", "gatys", "realtime", "arbitrary", "quality", "schedule", "video", "analogy", "profile")
            .doesNotContain("not part of this jar").doesNotContain("gatys-worker");
    }

    @Test
    void usageErrorsNameTheBenchmark() {
        CliRun run = CliRun.of("bench", "realtime", "--repeats", "0");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("error: --repeats and --threads must be at least 1", "Try 'easel bench realtime --help'");
        CliRun small = CliRun.of("bench", "schedule", "--size", "32");
        assertThat(small.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(small.err()).contains("--size must be at least 64");
    }

    /** The bench's Easel side on the shipped models (PyTorch is compared where python3-torch is installed). */
    @Test
    void arbitraryTimesTheShippedModelsStyleEncodingIncluded() throws Exception {
        Path csv = dir.resolve("bench.csv");
        CliRun run = CliRun.of("bench", "arbitrary", "--sizes", "64", "--repeats", "1", "--skip-pytorch", "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("swap (swap),swap,64,");
        assertThat(rows.get(2)).startsWith("adain (adain),adain,64,");
        assertThat(rows.get(3)).startsWith("yanai (yanai),yanai,64,");
        for (String row : rows.subList(1, 4)) {
            assertThat(Double.parseDouble(row.split(",")[4])).as("Easel ms in %s", row).isPositive();
        }
    }

    /** Every path runs and lands in the one table and CSV (tiny sizes; PyTorch is left to the benches' own tests). */
    @Test
    void summaryPutsEveryPathInOneTable() throws IOException {
        Path csv = dir.resolve("summary.csv");
        Printed run = printed("bench", "summary", "--quick", "--skip-pytorch", "--csv", csv.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("easel bench summary:", "load average before:", "engine threads")
            .containsPattern("gatys L-BFGS iteration\\s+64x48\\s+\\d+\\.\\d\\s+-");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("path,size,easel_ms,pytorch_ms,time_ratio,");
        assertThat(rows.stream().skip(1).map(r -> r.replaceFirst(",\\d+x\\d+,.*", ""))).containsExactly("gatys L-BFGS iteration",
            "realtime compact", "realtime johnson", "arbitrary swap (swap)", "arbitrary adain (adain)", "arbitrary yanai (yanai)",
            "\"video end to end, mosaic-fast, temporal 0.6\"");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.replaceFirst("^\".*\"", "video").split(",");
            assertThat(Double.parseDouble(cells[2])).as("Easel ms in %s", row).isPositive();
        }
    }

    @Test
    void videoKeepsItsClipsButOverwritesFilesOnlyWithForce() throws IOException {
        Path keep = Files.createDirectories(dir.resolve("keep"));
        Path mine = Files.writeString(keep.resolve("pattern-64x48-mosaic-fast.mp4"), "mine");
        List<String> args = new ArrayList<>(List.of("bench", "video", "--clip", "pattern", "--sizes", "64x48", "--frames", "3",
            "--temporal", "0", "--keep", keep.toString()));
        CliRun refused = CliRun.of(args.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("pattern-64x48-mosaic-fast.mp4 already exists; use --force");
        assertThat(Files.readString(mine)).isEqualTo("mine");
        assertThat(keep.toFile().list()).containsExactly("pattern-64x48-mosaic-fast.mp4"); // refused before any work

        args.add("--force");
        CliRun forced = CliRun.of(args.toArray(String[]::new));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(keep.toFile().list()).containsExactlyInAnyOrder("pattern-64x48.mp4", "pattern-64x48-mosaic-fast.mp4",
            "pattern-64x48-mosaic-fast-sheet.jpg");
        assertThat(Files.size(mine)).isGreaterThan(100);
    }

    @Test
    void analogyPrintsSecondsAndMemoryPerSize() {
        Printed run = printed("bench", "analogy", "--sizes", "64", "--repeats", "1");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("64x48\\s+luminance\\s+\\d+\\.\\d\\d").containsPattern("64x48\\s+full");
    }

    @Test
    void profileListsTheOperationsOfAPassAndTheirSum() {
        Printed run = printed("bench", "profile", "--size", "32", "--repeats", "1", "--threads", "1");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("mosaic-fast (compact), 32x32", "unprofiled: median")
            .containsPattern("aten::conv2d\\s+\\d+\\.\\d\\s+\\d+\\.\\d%\\s+26\\n")
            .containsPattern("all top-level operations\\s+\\d+\\.\\d");
    }

    @Test
    void scheduleScoresEachScheduleAgainstTheFirstAndReusesItsCache() throws IOException {
        String photo = VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toString();
        Path cache = Files.createDirectories(dir.resolve("cache"));
        List<String> args = List.of("bench", "schedule", "--photos", photo, "--styles", "mosaic", "--size", "64",
            "--schedules", "6/4@32,1/1@32", "--cache", cache.toString(), "--csv", dir.resolve("s.csv").toString());
        Printed first = printed(args.toArray(String[]::new));
        assertThat(first.code()).isZero();
        assertThat(first.out()).containsPattern("6/4@32\\s+1\\s+\\d+\\.\\d\\s+1\\.000 \\(1\\.000\\)");
        // two iterations leave more of the loss than ten: the short schedule's content+style ratio is above 1
        String shortRow = first.out().lines().filter(l -> l.startsWith("1/1@32")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(shortRow.split("\\s+")[3])).isGreaterThan(1.0);
        List<String> csvRows = Files.readAllLines(dir.resolve("s.csv"));
        assertThat(csvRows).hasSize(3);
        // every level's own evaluations: at least one per iteration, line searches add more
        assertThat(csvRows.get(1)).containsPattern("^6/4@32,tubingen.jpg,mosaic.jpg,[0-9.]+,32x24:([6-9]|\\d\\d+) 64x48:([4-9]|\\d\\d+),");
        assertThat(cache.toFile().list()).containsExactlyInAnyOrder("gatys-tubingen-mosaic-64-4c6s32.png", "gatys-tubingen-mosaic-64-1c1s32.png");

        Printed again = printed(args.toArray(String[]::new));
        assertThat(again.out()).containsPattern("6/4@32\\s+1\\s+cached");
    }

    /** A run of Main with its standard output captured (the tables go there; CliRun keeps the error output). */
    private record Printed(int code, String out) {
    }

    private static Printed printed(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new Printed(Main.run(args), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
