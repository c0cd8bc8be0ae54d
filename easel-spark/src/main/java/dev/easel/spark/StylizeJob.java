package dev.easel.spark;

import dev.easel.EaselException;
import dev.easel.cli.StylizeFlags;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The job: every photo under the input stylized to its mirrored path under the output. The driver checks everything
 * (settings, input, output) and lists the work before any task starts; executors read, stylize and write the photos;
 * the driver then writes the failures report and returns the summary. Photos whose output exists are skipped.
 */
public final class StylizeJob {
    private final SparkSession spark;
    private final JobSettings settings;

    public StylizeJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public JobSummary run() {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        HadoopConf shipped = new HadoopConf(conf);
        Path input = HadoopFiles.qualified(settings.input(), conf);
        Path output = HadoopFiles.qualified(settings.output(), conf);
        FileSystem outFs = HadoopFiles.of(output, conf);
        checkOutput(outFs, input, output);
        StylizeFlags flags = DriverCheck.run(settings.flags(), conf, spark);

        List<PhotoListing.Photo> photos = PhotoListing.list(HadoopFiles.of(input, conf), input, settings.recursive(), output);
        if (photos.isEmpty()) {
            throw new EaselException("no photos found in " + input + " (looked for .jpg, .jpeg, .png, .bmp, .webp, .gif, .tif"
                + (settings.recursive() ? "" : "; --recursive looks into subfolders") + ")");
        }
        Map<String, String> names = OutputNames.of(photos.stream().map(PhotoListing.Photo::relative).toList(), settings.format().name());
        ExistingOutputs.Found existing = ExistingOutputs.scan(outFs, output, java.util.Set.copyOf(names.values()),
            settings.recursive() || names.values().stream().anyMatch(n -> n.contains("/")));
        if (existing.removedTemps() > 0) {
            System.err.println("removed " + existing.removedTemps() + " unfinished temporary file"
                + (existing.removedTemps() == 1 ? "" : "s") + " of an earlier run");
        }
        List<JobPartition.Photo> todo = new ArrayList<>();
        for (PhotoListing.Photo p : photos) {
            String out = names.get(p.relative());
            if (settings.force() || !existing.done().contains(out)) {
                todo.add(new JobPartition.Photo(p.path(), new Path(output, out).toString()));
            }
        }

        long sparkStart = System.nanoTime();
        List<JobPartition.Outcome> outcomes = todo.isEmpty() ? List.of() : stylize(todo, flags, shipped);
        double sparkSeconds = (System.nanoTime() - sparkStart) / 1e9;

        int written = 0;
        int raced = 0;
        List<FailureReport.Failure> failures = new ArrayList<>();
        for (JobPartition.Outcome o : outcomes) {
            switch (o.status()) {
                case WRITTEN -> written++;
                case EXISTED -> raced++;
                case FAILED -> failures.add(new FailureReport.Failure(o.path(), o.output(), o.error()));
            }
        }
        Path report = writeReport(outFs, output, failures);
        return new JobSummary(photos.size(), written, photos.size() - todo.size() + raced, failures,
            (System.nanoTime() - start) / 1e9, sparkSeconds, report == null ? null : report.toString());
    }

    /** The Spark stage: photos spread evenly over the partitions, then read, stylized and written where they land. */
    private List<JobPartition.Outcome> stylize(List<JobPartition.Photo> todo, StylizeFlags flags, HadoopConf conf) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = settings.partitions() > 0 ? settings.partitions()
            : Math.min(todo.size(), 4 * jsc.defaultParallelism());
        jsc.setJobDescription("easel: stylize " + todo.size() + " photos");
        try {
            return jsc.parallelize(todo, partitions)
                .mapPartitions(new JobPartition(flags, conf, settings.format(), settings.force()))
                .collect();
        } finally {
            jsc.setJobDescription(null);
        }
    }

    private void checkOutput(FileSystem fs, Path input, Path output) {
        if (input.equals(output)) {
            throw new EaselException("the output must be another folder than the input " + input
                + " (results would mix with the photos)");
        }
        try {
            FileStatus status = fs.getFileStatus(output);
            if (status.isFile()) {
                throw new EaselException(output + " is a file; the output is a folder");
            }
        } catch (java.io.FileNotFoundException e) {
            // created with the first result
        } catch (IOException e) {
            throw new EaselException(output + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static Path writeReport(FileSystem fs, Path output, List<FailureReport.Failure> failures) {
        try {
            return FailureReport.write(fs, output, failures);
        } catch (IOException e) {
            throw new EaselException(output + ": cannot write the failures report (" + e.getMessage() + ")", e);
        }
    }
}
