package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Dataset API on binaryFile rows: results, errors as rows, models read from a "remote" file system. */
class EaselSparkTest {
    static final Path MODELS = Path.of(System.getProperty("easel.models"));

    @RegisterExtension
    static final TestPhotos photos = new TestPhotos(6, 80);
    static final SparkSession spark = LocalSpark.session();

    @Test
    void stylizesBinaryFileRowsIntoEncodedImagesAndTurnsABadPhotoIntoAnErrorRow() {
        StylizeFlags candy = StylizeFlags.parse("--method", "realtime", "--model", "candy", "--size", "48");
        Dataset<Row> images = spark.read().format("binaryFile").load(photos.folder().toString()).repartition(5);
        Dataset<Row> styled = EaselSpark.stylize(images, candy, OutputFormat.jpg);
        assertThat(styled.schema().fieldNames()).containsExactly("path", "modificationTime", "length", "result", "width", "height", "error");

        List<Row> rows = styled.collectAsList();
        assertThat(rows).hasSize(7);
        for (Row row : rows) {
            String path = row.getAs("path");
            if (path.endsWith(TestPhotos.CORRUPT)) {
                assertThat((Object) row.getAs("result")).isNull();
                assertThat(row.<String>getAs("error")).contains(TestPhotos.CORRUPT, "truncated or corrupt");
                continue;
            }
            assertThat(row.<String>getAs("error")).as(path).isNull();
            byte[] jpeg = row.getAs("result");
            assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
            assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
            Picture picture = ImageReader.read(jpeg, path, Long.MAX_VALUE);
            assertThat(picture.width()).isEqualTo(row.<Integer>getAs("width"));
            assertThat(picture.height()).isEqualTo(row.<Integer>getAs("height"));
            assertThat(Math.max(picture.width(), picture.height())).isEqualTo(48);
        }
        styled.count(); // a second pass over 5 partitions borrows the stylizers the first one loaded
        assertThat(StylizerPool.loads(candy)).as("loads in this JVM").isBetween(1, 2);
    }

    @Test
    void readsAModelFromAnotherFileSystemThroughACopyAndPaintsTheSame() throws IOException {
        Path remote = Files.createDirectories(photos.dir().resolve("remote"));
        Files.copy(MODELS.resolve("candy.json"), remote.resolve("candy.json"));
        Files.copy(MODELS.resolve("candy.weights"), remote.resolve("candy.weights"));
        Dataset<Row> images = spark.read().format("binaryFile").load(photos.folder().toString());

        Map<String, String> local = results(images, "candy");
        Map<String, String> copied = results(images, "testfs://" + remote.resolve("candy.json"));
        assertThat(copied).hasSize(6).isEqualTo(local);

        Path copy = LocalCopies.of("testfs://" + remote.resolve("candy.json"), true, spark.sparkContext().hadoopConfiguration());
        assertThat(copy).isNotEqualTo(remote.resolve("candy.json")).hasSameBinaryContentAs(remote.resolve("candy.json"));
        assertThat(copy.resolveSibling("candy.weights")).hasSameBinaryContentAs(remote.resolve("candy.weights"));
    }

    @Test
    void aPhotoWhoseOutputWouldNotFitATasksShareOfTheExecutorsMemoryIsAnErrorRowNotAnOutOfMemoryError() {
        // local[2] runs two tasks at once, each gets 1 GB of the 2 GB; realtime at 3000 px needs about 1.4 GB
        StylizeFlags big = StylizeFlags.parse("--method", "realtime", "--model", "candy", "--size", "3000", "--max-memory", "2g");
        List<Row> rows = EaselSpark.stylize(spark.read().format("binaryFile").load(photos.folder().toString()), big).collectAsList();
        assertThat(rows).hasSize(7).allSatisfy(row -> {
            assertThat((Object) row.getAs("result")).isNull();
            String path = row.getAs("path");
            if (!path.endsWith(TestPhotos.CORRUPT)) {
                assertThat(row.<String>getAs("error")).startsWith(path + ": realtime at ")
                    .contains("needs about", "the limit is 1.0 GB, a task's share of this executor's 2.0 GB, which runs 2 tasks at once",
                        "raise the limit with --max-memory");
            }
        });
    }

    @Test
    void refusesRowsWithoutPathAndContent() {
        Dataset<Row> paths = spark.read().format("binaryFile").load(photos.folder().toString()).select("path");
        assertThatThrownBy(() -> EaselSpark.stylize(paths, StylizeFlags.parse("--method", "realtime", "--model", "candy")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'content'");
    }

    private static Map<String, String> results(Dataset<Row> images, String model) {
        StylizeFlags flags = StylizeFlags.parse("--method", "realtime", "--model", model, "--size", "40");
        return EaselSpark.stylize(images, flags).where("error IS NULL").collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("path"), r -> java.util.Base64.getEncoder().encodeToString(r.getAs("result"))));
    }
}
