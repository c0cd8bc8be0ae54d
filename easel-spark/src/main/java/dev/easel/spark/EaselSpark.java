package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Style transfer for Spark pipelines:
 * <pre>{@code
 * Dataset<Row> photos = spark.read().format("binaryFile").load("hdfs:///photos");
 * Dataset<Row> styled = EaselSpark.stylize(photos, StylizeFlags.parse("--method", "realtime", "--model", "candy"), OutputFormat.png);
 * }</pre>
 * The result has the input's columns except {@code content} (binaryFile's path, modificationTime, length), then
 * {@code result} (the encoded image), {@code width}, {@code height} and {@code error} (null on success; a photo that
 * fails never fails the job). Before any task starts the settings are checked on the driver by loading them once;
 * each executor then loads them once per JVM.
 */
public final class EaselSpark {
    private EaselSpark() {
    }

    /** PNG results. */
    public static Dataset<Row> stylize(Dataset<Row> images, StylizeFlags settings) {
        return stylize(images, settings, OutputFormat.png);
    }

    /**
     * Lazily stylizes every row of {@code images} (columns {@code path}: string and {@code content}: binary).
     *
     * @throws IllegalArgumentException if the columns are missing
     * @throws dev.easel.EaselException  if the settings cannot be loaded (a model or file that does not exist)
     */
    public static Dataset<Row> stylize(Dataset<Row> images, StylizeFlags settings, OutputFormat format) {
        StructType input = images.schema();
        ResultSchema.check(input);
        HadoopConf conf = new HadoopConf(images.sparkSession().sparkContext().hadoopConfiguration());
        StylizeFlags qualified = DriverCheck.run(settings, conf.get(), images.sparkSession());
        return images.mapPartitions(new StylizePartition(qualified, conf, format, input), Encoders.row(ResultSchema.of(input)));
    }
}
