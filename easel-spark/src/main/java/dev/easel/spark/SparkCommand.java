package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import dev.easel.cli.StylizeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code easel spark}: {@code easel batch} on Apache Spark, on a local master or submitted to a cluster. */
@Command(name = "easel spark", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = {"Stylize every photo under a folder on Apache Spark: local cores by default, or a cluster with spark-submit.",
        "Paths are Hadoop URIs (file:, hdfs:, s3a:, ...); results mirror the input's folders under --output.",
        "A photo whose output exists is skipped, so re-running resumes (--force redoes everything).",
        "A photo that cannot be read or stylized is listed in OUTPUT/_failures.csv; the job still succeeds."})
final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "URI", description = "Folder of photos (or one photo).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "Folder for the results; subfolders of the input are mirrored.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2], yarn, k8s://https://host:443 (default: spark-submit's, else " + SparkSessions.DEFAULT_MASTER + ").")
    String master;

    @Option(names = "--recursive", description = "Also stylize photos in subfolders of the input.")
    boolean recursive;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}.")
    OutputFormat format = OutputFormat.png;

    @Option(names = "--force", description = "Redo and overwrite outputs that exist (without it they count as done and are skipped).")
    boolean force;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to share the photos among; 0: four per core of the cluster.")
    int partitions;

    @Mixin
    StylizeOptions options;

    @Override
    public Integer call() {
        StylizeFlags flags = StylizeFlags.of(options);
        if (partitions < 0) {
            throw new ParameterException(spec.commandLine(), "--partitions must be >= 0, got " + partitions);
        }
        JobSettings settings = new JobSettings(input, output, format, force, recursive, partitions, flags);
        try (SparkSessions.Handle spark = SparkSessions.open(master)) {
            new StylizeJob(spark.session(), settings).run().print(System.err);
        }
        return 0;
    }
}
