package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.cli.batch.BatchPlan;
import dev.easel.cli.batch.BatchSummary;
import dev.easel.cli.batch.FailureReason;
import dev.easel.cli.batch.FailureStreak;
import dev.easel.cli.batch.InputFiles;
import dev.easel.cli.batch.StrayTemps;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.Stylizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code easel batch}: many photos, one style, the model loaded once. Resumable: a photo whose output
 * exists is skipped (outputs appear only when complete), so re-running a stopped batch finishes it.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = {"Stylize every photo in folders or glob patterns, loading the model once.",
        "A photo whose output already exists is skipped, so re-running an interrupted batch resumes it (--force redoes everything).",
        "A photo that cannot be read or stylized is reported and skipped; the exit code is 1 if any failed.", ""})
public final class BatchCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "DIR|GLOB|FILE",
        description = "Folders, glob patterns (quote them: \"photos/*.jpg\", \"**/*.png\") or files; several may follow one --input.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the results; subfolders of the input are mirrored.")
    Path output;

    @Option(names = "--recursive", description = "Also stylize photos in subfolders of the input folders.")
    boolean recursive;

    @Option(names = "--format", paramLabel = "png|jpg|webp", description = "Output format (png and webp keep transparency).")
    Format format = Format.png;

    @Option(names = "--force", description = "Redo and overwrite outputs that exist (without it they count as done and are skipped).")
    boolean force;

    @Mixin
    StylizeOptions options;

    enum Format { png, jpg, webp }

    @Override
    public Integer call() {
        options.validate();
        MethodOptions.warn(options, System.err);
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw options.usage("--output " + output + " is a file; it takes a folder");
        }
        for (String in : inputs) { // an input folder, or the folder a glob looks in
            Path base = InputFiles.baseFolder(in);
            if (base != null && base.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                throw options.usage("--output must be another folder than the input " + in + " (results would mix with the photos)");
            }
        }
        List<BatchPlan.Job> jobs = BatchPlan.of(InputFiles.find(inputs, recursive, output), output, format.name());
        if (jobs.isEmpty()) {
            throw new EaselException("no photos found in " + String.join(", ", inputs)
                + " (looked for .jpg, .jpeg, .png, .bmp, .webp, .gif, .tif" + (recursive ? "" : "; --recursive looks into subfolders") + ")");
        }
        OutputFiles.checkFolder(jobs.get(0).output()); // a read-only place fails now, not photo by photo
        int strays = StrayTemps.remove(jobs);
        if (strays > 0) {
            System.err.println("removed " + strays + " unfinished temporary file" + (strays == 1 ? "" : "s") + " of an earlier run");
        }
        List<BatchPlan.Job> todo = force ? jobs : jobs.stream().filter(j -> !j.done()).toList();
        BatchSummary summary = new BatchSummary();
        summary.alreadyDone(jobs.size() - todo.size());
        int attempted = 0;
        if (!todo.isEmpty()) {
            attempted = run(todo, summary);
        }
        summary.print(System.err, jobs.size(), todo.size() - attempted);
        return summary.failures().isEmpty() && attempted == todo.size() ? 0 : Main.EXIT_FAILURE;
    }

    /** Stylizes the photos in order and returns how many were attempted (all, unless the batch stopped early). */
    private int run(List<BatchPlan.Job> todo, BatchSummary summary) {
        List<StyleInput> styles = options.styleInputs();
        FailureStreak streak = new FailureStreak();
        int attempted = 0;
        try (Stylizer stylizer = options.createStylizer(0);
             CountBar bar = new CountBar("batch", "photos", todo.size())) {
            for (int i = 0; i < todo.size(); i++) {
                BatchPlan.Job job = todo.get(i);
                int done = i;
                String name = job.input().relative().toString();
                bar.update(done, 0, name);
                attempted = i + 1;
                Picture photo;
                try {
                    photo = ImageReader.read(job.input().path(), options.maxPixels());
                } catch (RuntimeException | OutOfMemoryError e) { // that photo's problem: it says nothing of the settings
                    bar.println("skipped " + summary.failed(job.input().path(), FailureReason.of(e)));
                    bar.update(done + 1, 0, name);
                    continue;
                }
                try {
                    Picture result = stylizer.stylize(options.checkedRequest(photo, styles),
                        p -> bar.update(done, p.workDone(), name + " " + ProgressBarListener.detail(p)), Cancellation.none());
                    ImageWriter.write(result, job.output(), force);
                    summary.stylized();
                    streak.success();
                } catch (RuntimeException | OutOfMemoryError e) {
                    BatchSummary.Failure failure = summary.failed(job.input().path(), FailureReason.of(e));
                    bar.println("skipped " + failure);
                    if (streak.failure(failure.reason(), job.input().path(), job.output())) {
                        bar.println("stopping: the last " + FailureStreak.LIMIT + " photos failed with the same error; check the settings");
                        break;
                    }
                }
                bar.update(done + 1, 0, name);
            }
        }
        return attempted;
    }
}
