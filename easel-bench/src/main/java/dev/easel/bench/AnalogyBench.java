package dev.easel.bench;

import dev.easel.analogy.AnalogyColor;
import dev.easel.analogy.AnalogySettings;
import dev.easel.analogy.AnalogyStylizer;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

/**
 * {@code easel bench analogy}: seconds per Image Analogies picture at each size, in both colour modes, with
 * the painterly pair made from a painting (the web app's and the default CLI path), and the process's
 * peak RSS. Pure Java (no engine): the cost is the patch distances, spread over the cores.
 */
@Command(name = "analogy", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Seconds per Image Analogies picture (painterly pair, both colour modes) and peak memory.")
public final class AnalogyBench implements Callable<Integer> {
    @Option(names = "--photo", paramLabel = "FILE", description = "B (default: the shared tubingen.jpg).")
    Path photo;

    @Option(names = "--painting", paramLabel = "FILE", description = "A' (default: the shared starry_night.jpg).")
    Path painting;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Long sides of the output.")
    List<Integer> sizes = List.of(256, 512);

    @Option(names = "--repeats", paramLabel = "N", description = "Timed runs per row (after one warm-up run); the median is shown.")
    int repeats = 3;

    @Override
    public Integer call() {
        Path shared = VggLocator.sharedDirectory();
        Picture b = ImageReader.read(photo != null ? photo : shared.resolve(BenchSupport.PHOTO));
        Picture a = ImageReader.read(painting != null ? painting : shared.resolve(BenchSupport.PAINTING));
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1; // the pool's workers and the calling thread
        System.out.printf("Image Analogies, painterly pair from one painting; %d threads; load %s; CPU: %s%n",
            threads, BenchSupport.loadAverage(), CpuFlags.summary());
        System.out.printf("%-10s %-10s %10s %10s %10s %12s%n", "size", "color", "median s", "min s", "max s", "peak RSS MB");
        for (int size : sizes) {
            for (AnalogyColor color : AnalogyColor.values()) {
                AnalogySettings settings = AnalogySettings.defaults().withColor(color);
                try (Stylizer stylizer = AnalogyStylizer.ofPaintings(settings)) {
                    StyleRequest request = StyleRequest.of(b, a, size);
                    BenchSupport.Timed<Picture> t = BenchSupport.timePasses(
                        () -> stylizer.stylize(request, ProgressListener.NONE, Cancellation.none()), repeats);
                    List<Double> ms = new ArrayList<>(t.ms());
                    ms.sort(Double::compare);
                    String row = String.format("%-10s %-10s %10.2f %10.2f %10.2f %12d", t.last().width() + "x" + t.last().height(),
                        color.name().toLowerCase(), ms.get(ms.size() / 2) / 1e3, ms.get(0) / 1e3, ms.get(ms.size() - 1) / 1e3,
                        BenchSupport.selfVmHwmKb() / 1024);
                    System.out.println(row);
                }
            }
        }
        return 0;
    }
}
