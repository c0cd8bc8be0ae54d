package dev.easel.bench;

import dev.easel.EaselException;
import dev.easel.InvalidSettingException;
import dev.easel.cli.VideoCommand;
import dev.easel.image.Picture;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.stylize.WrongMethodException;
import dev.easel.video.SyntheticClip;
import dev.easel.video.TemporalSmoother;
import dev.easel.video.VideoPipeline;
import dev.easel.video.VideoResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * {@code easel bench video}: frames per second of the whole video path (decode, stylize, smooth, encode)
 * with a real-time model at video sizes, and the flicker figure with and without temporal smoothing. The
 * input is generated: a camera panning across a photo, 2 px or more per frame, with a tone.
 */
@Command(name = "video", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Frames per second of 'easel video' (real-time model, whole frames) and flicker with and without --temporal.")
public final class VideoBench implements Callable<Integer> {
    static final double FPS = 25;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME|PATH", description = "Real-time model (default: easel video's).")
    String model = VideoCommand.DEFAULT_MODEL;

    @Option(names = "--sizes", split = ",", paramLabel = "WxH", description = "Frame sizes.")
    List<String> sizes = List.of("640x360", "1280x720");

    @Option(names = "--frames", paramLabel = "N", description = "Frames per clip (at " + FPS + " fps).")
    int frames = 25;

    @Option(names = "--temporal", paramLabel = "0..1", description = "Smoothing strength of the second run of each size.")
    double temporal = 0.6;

    @Option(names = "--clip", description = "Generated input: pan (across --content) or pattern (moving shapes on a still background).")
    ClipKind clip = ClipKind.pan;

    @Option(names = "--content", paramLabel = "FILE", description = "Photo to pan across (default: $EASEL_SHARED/images/content/tubingen.jpg, else a pattern).")
    Path content;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the generated and stylized clips in this folder, with a contact sheet of each size.")
    Path keep;

    @Option(names = "--force", description = "With --keep: overwrite files of an earlier run in DIR (without it they are refused).")
    boolean force;

    enum ClipKind { pan, pattern }

    /** One run: a size with smoothing off or on. */
    record Row(String size, double temporal, VideoResult result) {
    }

    @Override
    public Integer call() throws IOException {
        Measured<Row> measured = measure();
        PrintStream out = System.out;
        out.println(measured.heading());
        out.printf("load average before: %s; after: %s%n%n", measured.loadBefore(), BenchSupport.loadAverage());
        out.printf("%-10s %-9s %6s %12s %15s %8s%n", "size", "temporal", "frames", "stylize fps", "end-to-end fps", "flicker");
        for (Row r : measured.rows()) {
            out.printf(Locale.ROOT, "%-10s %-9s %6d %12.2f %15.2f %8.2f%n", r.size(), r.temporal() == 0 ? "off" : String.valueOf(r.temporal()),
                r.result().frames(), r.result().stylizeFps(), r.result().fps(), r.result().flicker());
        }
        out.println("\nflicker: mean |output(t) - output(t-1)| over the same for the input (1 = changes only as much as the input)");
        return 0;
    }

    /** Checks the options, then writes and stylizes each clip. */
    Measured<Row> measure() throws IOException {
        List<int[]> dims = validate();
        PrintStream err = System.err;
        String loadBefore = BenchSupport.loadAverage();
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("easel-bench-video");
        boolean replace = keep == null || force; // a --keep folder may hold the user's own files
        if (!replace) {
            refuseExisting(work, dims);
        }
        List<Row> rows = new ArrayList<>();
        String source;
        try (Stylizer stylizer = realtimeModel()) {
            Picture photo = clip == ClipKind.pan ? photo() : null;
            source = photo == null ? "a moving pattern" : "a pan across " + (content != null ? content.getFileName() : "tubingen.jpg");
            VideoPipeline pipeline = new VideoPipeline(stylizer,
                p -> new StyleRequest(p, List.of(new StyleInput(null, model, 1.0)), 0, ColorPreservation.NONE, 1.0));
            for (int[] d : dims) {
                String wxh = d[0] + "x" + d[1];
                Path input = work.resolve(inputName(wxh));
                IntFunction<Picture> frame = photo == null ? SyntheticClip.movingPattern(d[0], d[1])
                    : SyntheticClip.panAcross(photo, d[0], d[1], frames);
                if (replace) {
                    Files.deleteIfExists(input); // SyntheticClip never replaces
                }
                SyntheticClip.write(input, FPS, frames, frame, true);
                List<Path> clips = new ArrayList<>(List.of(input));
                for (double t : temporals()) {
                    err.printf(Locale.ROOT, "%s, temporal %s ...%n", wxh, t == 0 ? "off" : t);
                    Path output = work.resolve(outputName(wxh, t));
                    rows.add(new Row(wxh, t, pipeline.run(input, output, new VideoPipeline.Settings(0, 0, t, replace),
                        VideoPipeline.FrameListener.NONE, Cancellation.none())));
                    clips.add(output);
                }
                if (keep != null) { // input, output, output smoothed: 5 frames each
                    VideoSheet.write(work.resolve(sheetName(wxh)), 160, 5, clips, replace);
                }
            }
        } finally {
            if (keep == null) {
                BenchSupport.deleteTree(work);
            }
        }
        String heading = String.format(Locale.ROOT, "easel bench video: model %s, %d frames of %s at %.0f fps per size, whole frames, "
            + "engine threads %s, %d cores", model, frames, source, FPS, System.getProperty("ai.djl.pytorch.num_threads", "default"),
            Runtime.getRuntime().availableProcessors());
        return new Measured<>(heading, loadBefore, rows, false);
    }

    private List<int[]> validate() {
        if (frames < 2) {
            throw new ParameterException(spec.commandLine(), "--frames must be at least 2");
        }
        try {
            TemporalSmoother.checkStrength(temporal);
        } catch (InvalidSettingException e) {
            throw new ParameterException(spec.commandLine(), "--temporal " + e.rule());
        }
        List<int[]> dims = new ArrayList<>();
        for (String s : sizes) {
            String[] wh = s.toLowerCase(Locale.ROOT).split("x");
            try {
                int w = Integer.parseInt(wh[0]);
                int h = Integer.parseInt(wh[1]);
                if (wh.length != 2 || w < 16 || h < 16 || w % 2 != 0 || h % 2 != 0) {
                    throw new NumberFormatException();
                }
                dims.add(new int[] {w, h});
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "--sizes: '" + s + "' is not WIDTHxHEIGHT with even sides of 16 or more");
            }
        }
        return dims;
    }

    private Stylizer realtimeModel() {
        try {
            return RealtimeStylizer.load(ModelRegistry.standard(), model, "realtime");
        } catch (WrongMethodException e) {
            throw new ParameterException(spec.commandLine(), "--model: this bench needs a realtime model; '" + model + "' is not one");
        }
    }

    private double[] temporals() {
        return temporal > 0 ? new double[] {0, temporal} : new double[] {0};
    }

    private String inputName(String wxh) {
        return clip + "-" + wxh + ".mp4";
    }

    private String outputName(String wxh, double t) {
        return clip + "-" + wxh + "-" + model + (t == 0 ? "" : "-temporal") + ".mp4";
    }

    private String sheetName(String wxh) {
        return clip + "-" + wxh + "-" + model + "-sheet.jpg";
    }

    /** Fails before any work if a file this run would write is already in the --keep folder. */
    private void refuseExisting(Path work, List<int[]> dims) {
        for (int[] d : dims) {
            String wxh = d[0] + "x" + d[1];
            List<String> names = new ArrayList<>(List.of(inputName(wxh), sheetName(wxh)));
            for (double t : temporals()) {
                names.add(outputName(wxh, t));
            }
            for (String name : names) {
                if (Files.exists(work.resolve(name))) {
                    throw new EaselException(work.resolve(name) + " already exists; use --force to overwrite");
                }
            }
        }
    }

    private Picture photo() {
        return BenchSupport.givenOrShared(content, BenchSupport.PHOTO, "a moving pattern");
    }
}
