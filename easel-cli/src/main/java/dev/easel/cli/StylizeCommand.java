package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.CancelledException;
import dev.easel.stylize.Progress;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code easel stylize}: one photo, one or more styles, one output file. */
@Command(name = "stylize", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Stylize a photo: gatys (any painting, minutes), arbitrary (any painting, seconds), realtime and multi (trained styles, seconds).",
        "gatys optimizes the image itself; arbitrary applies a network that takes any painting; realtime applies a network trained for one style;",
        "multi applies a network trained for several styles, mixed by --style-weights and placed by --style-mask.",
        "Options for one method only (gatys: --iterations, --optimizer, ...) are said to be ignored when given with another.", ""},
    showDefaultValues = true)
public final class StylizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--content"}, required = true, paramLabel = "FILE", description = "The photo to repaint.")
    Path content;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Result image: .png or .webp (both keep transparency), .jpg.")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing output (and intermediate) file.")
    boolean force;

    @Option(names = "--save-every", paramLabel = "N", description = "Also write the image every N iterations (beside the output, named OUTPUT-iterNNNN.png).")
    int saveEvery = 0;

    @Mixin
    StylizeOptions options;

    @Override
    public Integer call() {
        validate();
        OutputFiles outputs = new OutputFiles(output, force);
        OutputFiles.check(spec.commandLine(), output, force, ImageWriter::checkOutputName, options.inputFiles(content));
        Picture photo = ImageReader.read(content, options.maxPixels());
        StyleRequest request = options.checkedRequest(photo, options.styleInputs());
        long start = System.nanoTime();
        Progress[] last = new Progress[1];
        Cancellation cancellation = new Cancellation();
        Stylizer created = options.createStylizer(saveEvery); // an unknown model or style is the first and only line
        System.err.println("stylize: " + RunNotes.header(options.method.name(), request, options.startSize));
        RunNotes.sizeWarning(options.size, photo, options.method.name()).ifPresent(System.err::println);
        try (GracefulStop stop = new GracefulStop(cancellation);
             Stylizer stylizer = created;
             ProgressBarListener bar = new ProgressBarListener("stylize", p -> {
                 last[0] = p;
                 if (p.preview() != null) {
                     outputs.writeIntermediate(p.preview().get(), p.step());
                 }
             }, new TimeEstimate(options.method == StylizeOptions.Method.gatys || options.networkPasses.refine > 0 ? RunNotes.FAST_HINT : null))) {
            try {
                Picture result = stylizer.stylize(request, bar, cancellation);
                bar.close();
                outputs.write(result);
            } catch (CancelledException e) {
                bar.close();
                return stopped(outputs, e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("wrote %s (%dx%d) in %.1f s%s%n", output, request.outputSize()[0], request.outputSize()[1], seconds,
            last[0] != null && last[0].loss() != null ? "; final loss " + last[0].loss() : "");
        return 0;
    }

    /** Stopped by Ctrl-C or SIGTERM: the picture so far is written as --save-every would write it. */
    private static int stopped(OutputFiles outputs, CancelledException e) {
        if (e.partial() != null) {
            outputs.writeIntermediate(e.partial(), e.step());
            System.err.println("stopped at iteration " + e.step() + "; wrote the picture so far to " + outputs.intermediate(e.step()));
        } else {
            System.err.println("stopped");
        }
        return GracefulStop.EXIT_INTERRUPTED;
    }

    private void validate() {
        options.validate();
        MethodOptions.warn(options, System.err);
        options.requireNonNegative("--save-every", saveEvery);
    }
}
