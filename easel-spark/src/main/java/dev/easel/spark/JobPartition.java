package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;

/**
 * The job's work on one partition, photo by photo: read it, stylize it ({@link TaskStylizer}, as the Dataset API
 * does), write the result where the driver planned it, on the executor that made it (results never travel to the
 * driver), and report the outcome in a small record. Plain RDD functions: no query planning or code generation, which
 * would cost a local run seconds.
 */
record JobPartition(StylizeFlags flags, HadoopConf conf, OutputFormat format, boolean replace)
    implements FlatMapFunction<Iterator<JobPartition.Photo>, JobPartition.Outcome> {
    /** A photo to stylize and the output it becomes (absolute URIs). */
    record Photo(String path, String output) implements Serializable {
    }

    /** What happened to a photo. */
    enum Status { WRITTEN, EXISTED, FAILED }

    /** A photo's outcome; {@code error} only for {@link Status#FAILED}. */
    record Outcome(String path, String output, Status status, String error) implements Serializable {
    }

    @Override
    public Iterator<Outcome> call(Iterator<Photo> photos) {
        return TaskStylizer.map(photos, flags, conf.get(), format, this::process);
    }

    private Outcome process(Photo photo, TaskStylizer stylizer) {
        byte[] content;
        try {
            content = PhotoFiles.read(new Path(photo.path()), conf.get());
        } catch (IOException | RuntimeException e) {
            return failed(photo, photo.path() + ": cannot read file (" + e.getMessage() + ")");
        }
        TaskStylizer.Result result = stylizer.stylize(photo.path(), content);
        if (result.error() != null) {
            return failed(photo, result.error());
        }
        Path target = new Path(photo.output());
        try {
            boolean written = HadoopWrites.write(HadoopFiles.of(target, conf.get()), target, result.bytes(), replace);
            return new Outcome(photo.path(), photo.output(), written ? Status.WRITTEN : Status.EXISTED, null);
        } catch (IOException | RuntimeException e) {
            return failed(photo, photo.output() + ": cannot write (" + e.getMessage() + ")");
        }
    }

    private static Outcome failed(Photo photo, String error) {
        return new Outcome(photo.path(), photo.output(), Status.FAILED, error);
    }
}
