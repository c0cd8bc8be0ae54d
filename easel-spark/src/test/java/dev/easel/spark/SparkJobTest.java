package dev.easel.spark;

import dev.easel.cli.CliRun;
import dev.easel.cli.StylizeFlags;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The job on local[2] with the shipped candy network at 64 px: outputs, failures report, resume, batch parity, errors. */
class SparkJobTest {
    static final String[] STYLE = {"--method", "realtime", "--model", "candy", "--size", "64"};

    @RegisterExtension
    static final TestPhotos photos = new TestPhotos(12, 96);
    static final SparkSession spark = LocalSpark.session();

    @Test
    void stylizesEveryPhotoReportsTheBrokenOneResumesWithoutWritingAndMatchesBatch() throws IOException {
        Path out = photos.dir().resolve("spark-out");
        CliRun first = runJob(job(out));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("spark: 13 photos: 12 stylized, 0 already done, 1 failed");
        Map<String, String> written = snapshot(out);
        assertThat(written).hasSize(13).containsKey(FailureReport.NAME);
        assertThat(written.keySet().stream().filter(n -> n.endsWith(".png"))).hasSize(12).allMatch(n -> n.startsWith("bsds300_"));
        List<String> report = Files.readAllLines(out.resolve(FailureReport.NAME));
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).isEqualTo(FailureReport.HEADER);
        assertThat(report.get(1)).contains(TestPhotos.CORRUPT, "broken.png", "truncated or corrupt");

        CliRun second = runJob(job(out));
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("13 photos: 0 stylized, 12 already done, 1 failed");
        assertThat(snapshot(out)).as("a re-run writes nothing").isEqualTo(written);
        // each JVM loads the network once per task slot (two in local[2]), whatever the number of photos and tasks
        assertThat(StylizerPool.loads(StylizeFlags.parse(STYLE))).isBetween(1, 2);

        Path batchOut = photos.dir().resolve("batch-out");
        List<String> batch = new ArrayList<>(List.of("batch", "--input", photos.folder().toString(), "--output", batchOut.toString()));
        batch.addAll(Arrays.asList(STYLE));
        CliRun batchRun = CliRun.of(batch.toArray(String[]::new));
        assertThat(batchRun.err()).contains("13 photos: 12 stylized, 0 already done, 1 failed");
        Map<String, String> sparkFiles = contents(out);
        sparkFiles.remove(FailureReport.NAME);
        assertThat(contents(batchOut)).as("the same bytes as easel batch").isEqualTo(sparkFiles);
    }

    @Test
    void aMissingModelABadOptionOrAnUnknownStyleIsOneClearErrorBeforeAnyTaskStarts() throws Exception {
        Path out = photos.dir().resolve("never");
        JobsSeen seen = JobsSeen.listen(spark);
        Path missing = photos.dir().resolve("models/nope.json");
        CliRun noModel = runJob("--input", photos.folder().toString(), "--output", out.toString(), "--method", "realtime", "--model", missing.toString());
        assertThat(noModel.exitCode()).isEqualTo(1);
        assertThat(noModel.err().lines()).containsExactly("error: " + missing + ": model card not found");

        CliRun badOption = runJob("--input", photos.folder().toString(), "--output", out.toString(), "--method", "realtime", "--model", "candy", "--strength", "2");
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.err().lines().findFirst()).hasValue("error: --strength must be between 0 and 1, got 2.0");
        assertThat(badOption.err()).doesNotContain("\tat ");

        CliRun wrongMethod = runJob("--input", photos.folder().toString(), "--output", out.toString(), "--method", "multi", "--model", "candy", "--style", "candy");
        assertThat(wrongMethod.exitCode()).isEqualTo(2);
        assertThat(wrongMethod.err()).startsWith("error: model 'candy' is a realtime model; use --method realtime");

        CliRun noStyle = runJob("--input", photos.folder().toString(), "--output", out.toString(), "--method", "multi", "--style", "nosuch");
        assertThat(noStyle.exitCode()).isEqualTo(1);
        assertThat(noStyle.err().lines()).singleElement().asString().startsWith("error: model 'multi' has no style 'nosuch'; it has: ");

        CliRun noInput = runJob("--input", photos.dir().resolve("nothing").toString(), "--output", out.toString(), "--method", "realtime", "--model", "candy");
        assertThat(noInput.exitCode()).isEqualTo(1);
        assertThat(noInput.err().lines()).containsExactly("error: file:" + photos.dir().resolve("nothing") + ": no such file or folder");

        assertThat(seen.tasksSince(spark)).as("Spark tasks started").isZero();
        assertThat(out).doesNotExist();
    }

    /** `easel spark` in-process. */
    private static CliRun runJob(String... args) {
        return CliRun.of(SparkMain::run, args);
    }

    private static String[] job(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--input", photos.folder().toString(), "--output", out.toString()));
        args.addAll(Arrays.asList(STYLE));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    /** Every file below {@code folder}: relative name to modification time and content. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = contents(folder);
        for (Map.Entry<String, String> e : files.entrySet()) {
            e.setValue(Files.getLastModifiedTime(folder.resolve(e.getKey())) + " " + e.getValue());
        }
        return files;
    }

    /** Every file below {@code folder}: relative name to its bytes (Base64). */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
            }
        }
        return files;
    }
}
