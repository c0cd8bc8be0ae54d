package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.video.Ffmpeg;
import dev.easel.video.TemporalSmoother;
import dev.easel.video.VideoPipeline;
import dev.easel.video.VideoResult;
import dev.easel.video.VideoWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code easel video}: stylize a video frame by frame, keeping its frame rate, length and sound. */
@Command(name = "video", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    defaultValueProvider = VideoCommand.Defaults.class,
    description = {"Stylize a video frame by frame (default: --method realtime --model " + VideoCommand.DEFAULT_MODEL + ").",
        "Frame rate, duration and the audio stream are kept; FFmpeg (bundled) decodes and encodes: .mp4, .mov, .mkv, .webm.",
        "--temporal smooths flicker by blending each frame with the previous one moved along the motion.", ""})
public final class VideoCommand implements Callable<Integer> {
    public static final String DEFAULT_MODEL = "mosaic-fast"; // a constant: picocli defaults elsewhere read it

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The video to repaint (any format FFmpeg reads).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Result video: .mp4, .m4v, .mov, .mkv (H.264 + AAC) or .webm (VP8 + Opus).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Option(names = "--start", paramLabel = "TIME", converter = SecondsConverter.class,
        description = "Begin at this time: seconds or [HH:]MM:SS.")
    double start = 0;

    @Option(names = "--duration", paramLabel = "TIME", converter = SecondsConverter.class,
        description = "Do only this much (seconds or [HH:]MM:SS); 0 runs to the end.")
    double duration = 0;

    @Option(names = "--temporal", paramLabel = "0..1",
        description = "Flicker smoothing: how much of the previous output, moved along the motion, to keep where it still fits (0 off; 0.5-0.8 is a good range).")
    double temporal = 0;

    @Mixin
    StylizeOptions options;

    /** Video's own default method (shown by --help): gatys would take minutes per frame. */
    public static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            return arg instanceof OptionSpec o && o.longestName().equals("--method") ? StylizeOptions.Method.realtime.name() : null;
        }
    }

    @Override
    public Integer call() {
        options.useDefaultModel(DEFAULT_MODEL);
        options.validate();
        MethodOptions.warn(options, System.err);
        // the video module checks the ranges; here a bad one is a flag error
        VideoPipeline.Settings settings = SettingFlags.build(spec.commandLine(), Map.of(VideoPipeline.Settings.START, "--start",
            VideoPipeline.Settings.DURATION, "--duration", TemporalSmoother.STRENGTH, "--temporal"),
            () -> new VideoPipeline.Settings(start, duration, temporal, force));
        OutputFiles.check(spec.commandLine(), output, force, VideoWriter::checkOutputName, options.inputFiles(input));
        Ffmpeg.verbose(options.verbose);
        List<StyleInput> styles = options.styleInputs();
        VideoResult r;
        CountBar[] bar = new CountBar[1]; // drawn from the first frame on: a refusal before it is one line alone
        try (Stylizer stylizer = options.createStylizer(0)) {
            boolean[] said = {false};
            VideoPipeline pipeline = new VideoPipeline(stylizer, (Picture frame) -> {
                StyleRequest request = options.request(frame, styles);
                // a resized video is said, not found out afterwards; the pipeline's first call is a 1x1 stand-in that
                // asks for the size (and may be refused), so the note waits for the first real frame
                if (!said[0] && frame.pixels() > 1) {
                    said[0] = true;
                    int[] size = request.outputSize();
                    if (size[0] != frame.width() || size[1] != frame.height()) {
                        String line = String.format(Locale.ROOT, "frames of %dx%d are painted and written at %dx%d (--size %d; --size 0 keeps the video's size)",
                            frame.width(), frame.height(), size[0], size[1], options.size);
                        if (bar[0] == null) {
                            System.err.println(line);
                        } else {
                            bar[0].println(line);
                        }
                    }
                }
                return request;
            }, options::checkOutputSize);
            r = pipeline.run(input, output, settings, (done, expected) -> {
                if (bar[0] == null) {
                    bar[0] = new CountBar("video", "frames", expected);
                }
                bar[0].total(expected);
                bar[0].update(done, 0, "");
            }, Cancellation.none());
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        System.err.printf(Locale.ROOT, "wrote %s: %d frames, %dx%d at %.3g fps (%.2f s)%s, in %.1f s: %.2f frames/s (stylizer alone %.2f)%n",
            output, r.frames(), r.width(), r.height(), r.frameRate(), r.frames() / r.frameRate(), r.audio() ? " with audio" : "",
            r.seconds(), r.fps(), r.stylizeFps());
        if (Double.isNaN(r.flicker())) { // one frame, or an input that never changes: nothing to compare
            System.err.println("flicker not measured (it needs two frames of an input that moves)");
        } else {
            System.err.printf(Locale.ROOT, "flicker %.2f (mean change between frames: output %.2f, input %.2f levels of 255)%s%n",
                r.flicker(), r.outputChange(), r.inputChange(), temporal > 0 ? " with --temporal " + temporal : "");
        }
        return 0;
    }
}
