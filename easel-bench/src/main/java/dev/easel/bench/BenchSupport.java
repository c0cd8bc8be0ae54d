package dev.easel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.cli.Main;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.vgg.VggLocator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What every {@code easel bench} shares. Each configuration runs in its own child process (a JVM running a
 * hidden worker subcommand, or Python running a reference script) so that the peak RSS it reports is that
 * configuration's alone; the child prints one line {@code EASEL-BENCH {json}} on stdout, so logs and
 * warnings around it do no harm.
 */
public final class BenchSupport {
    static final String MARKER = "EASEL-BENCH ";
    /** The photo and the painting the benchmarks use by default, in the shared folder. */
    static final String PHOTO = "images/content/tubingen.jpg";
    static final String PAINTING = "images/style/starry_night.jpg";
    static final ObjectMapper JSON = new ObjectMapper();

    private BenchSupport() {
    }

    /** The last output of {@link #timePasses} and the wall time of each timed pass. */
    record Timed<T>(T last, List<Double> ms) {
    }

    /**
     * 1 untimed warm-up (engine start-up, allocator, oneDNN primitive creation), then {@code repeats} timed
     * calls; CPU ops are synchronous, so each result is complete when the call returns.
     */
    static <T> Timed<T> timePasses(Supplier<T> pass, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("need at least 1 timed pass");
        }
        T out = pass.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            out = pass.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return new Timed<>(out, ms);
    }

    /** This process's VmHWM (peak RSS) in KiB from /proc/self/status, or -1 where there is none (not Linux). */
    static long selfVmHwmKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        }
        return -1;
    }

    /** The child's line: {@code namesAndValues} alternate, written in this order. */
    static String resultLine(Object... namesAndValues) {
        Map<Object, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return MARKER + JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The result in a child's whole output, built from its JSON by {@code fields}; throws if there is no result
     * line, or it is not JSON, or it lacks a field ({@link JsonNode#required}).
     */
    static <T> T parseResult(String output, Function<JsonNode, T> fields) {
        JsonNode n = resultJson(output);
        try {
            return fields.apply(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed result line: " + n + " (" + e.getMessage() + ")", e);
        }
    }

    /** A required array of numbers in a result line (per-pass or per-iteration times). */
    static List<Double> numbers(JsonNode n, String field) {
        List<Double> values = new ArrayList<>();
        n.required(field).forEach(v -> values.add(v.asDouble()));
        return values;
    }

    /** The JSON of the last result line in a child's whole output; throws if there is none or it is not JSON. */
    private static JsonNode resultJson(String output) {
        String line = output.lines().filter(l -> l.startsWith(MARKER)).reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalArgumentException("no '" + MARKER.trim() + "' result line in the output"));
        try {
            return JSON.readTree(line.substring(MARKER.length()));
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed result line: " + line + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The same java binary, JVM flags and classpath as this process, running {@code easel bench ARGS} with
     * the given engine threads (one intra-op pool, as the Python side has).
     */
    static List<String> workerCommand(int threads, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Dai.djl.pytorch.num_") && !a.startsWith("-agentlib")) { // no debugger port clash
                cmd.add(a);
            }
        }
        cmd.add("-Dai.djl.pytorch.num_threads=" + threads);
        cmd.add("-Dai.djl.pytorch.num_interop_threads=1");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench"));
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs a child to completion and parses its output; on a non-zero exit or a parse failure prints the
     * tail of its output and returns null, so one failed configuration does not lose the others.
     */
    static <T> T runChild(String name, List<String> cmd, Function<String, T> parse) throws IOException, InterruptedException {
        return run(name, new ProcessBuilder(cmd), parse);
    }

    /**
     * {@link #runChild} for the PyTorch reference, which runs as a user's script would: with the system's allocator,
     * not the one the launcher preloads for Easel (./easel: tcmalloc where installed).
     */
    static <T> T runReference(List<String> cmd, Function<String, T> parse) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().remove("LD_PRELOAD");
        return run("pytorch", builder, parse);
    }

    private static <T> T run(String name, ProcessBuilder builder, Function<String, T> parse) throws IOException, InterruptedException {
        Process p = builder.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        try {
            if (rc != 0) {
                throw new IllegalStateException("exit code " + rc);
            }
            return parse.apply(output);
        } catch (RuntimeException e) {
            List<String> lines = output.lines().toList();
            System.err.println(name + " run failed (" + e.getMessage() + "); last output:");
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> System.err.println("  " + l));
            return null;
        }
    }

    /** torch's version as seen by {@code python}, or null where it cannot import torch. */
    static String torchVersion(String python) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(python, "-c", "import torch; print(torch.__version__)")
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && !out.isEmpty() ? out.lines().reduce((a, b) -> b).orElse(out) : null;
        } catch (IOException e) {
            return null; // no such interpreter
        }
    }

    /** easel-bench/pytorch/NAME in the checkout this jar (or classes folder) was built in, else relative to here. */
    static Path pytorchScript(String name) {
        Path relative = Path.of("easel-bench", "pytorch", name);
        try {
            Path code = Path.of(BenchSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = code; d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve(relative))) {
                    return d.resolve(relative);
                }
            }
        } catch (Exception e) {
            // fall back to the working directory
        }
        return relative.toAbsolutePath();
    }

    /**
     * The given image, else the shared one ({@link #PHOTO}, ...); null, with a note saying what is used
     * {@code instead}, where none was given and the shared one is missing.
     */
    static Picture givenOrShared(Path given, String shared, String instead) {
        Path file = given != null ? given : VggLocator.sharedDirectory().resolve(shared);
        if (given != null || Files.isRegularFile(file)) {
            return ImageReader.read(file);
        }
        System.err.println("note: no " + file + "; using " + instead);
        return null;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The native allocator Easel's children run with: tcmalloc where the launcher preloads it, else glibc's malloc. */
    static String allocator() {
        String preload = System.getenv("LD_PRELOAD");
        return preload != null && preload.contains("tcmalloc") ? "tcmalloc" : "glibc malloc";
    }

    static double loadOneMinute() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A CSV cell: empty for NaN (what did not run), else 6 significant digits. */
    public static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2fx", v);
    }

    /** A table cell: the number formatted, or "-" where there is none. */
    static String cell(String f, double v) {
        return Double.isNaN(v) ? "-" : fmt(f, v);
    }

    static String fmt(String f, double v) {
        return String.format(Locale.ROOT, f, v);
    }
}
