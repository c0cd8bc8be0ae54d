package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM (what Ctrl-C also does) in the middle of a Gatys run: the picture so far is written, exit 130, no native crash. */
class GatysInterruptTest {
    private static final Pattern STEP = Pattern.compile("(\\d+)/2000 it");

    @TempDir
    Path dir;

    @Test
    void aTerminatedGatysRunWritesThePictureSoFarAndExits130() throws Exception {
        Path log = Files.createTempFile("gatys-stop", ".log"); // a file, not a pipe: a pipe's last bytes race the process's end
        Output output = () -> Files.readString(log);
        String java = ProcessHandle.current().info().command().orElse("java");
        Path photo = VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toAbsolutePath();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=2",
            "-Deasel.models=" + System.getProperty("easel.models"), "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), "stylize", "--style", "starry_night", "--content", photo.toString(),
            "--output", "out.png", "--size", "96", "--start-size", "0", "--iterations", "2000")
            .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (lastStep(output) < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(lastStep(output)).as(output.read()).isGreaterThanOrEqualTo(3);
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(output.read()).isEqualTo(GracefulStop.EXIT_INTERRUPTED);
        } finally {
            p.destroyForcibly();
        }
        String text = output.read();
        Files.delete(log);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).noneMatch(f -> f.getFileName().toString().startsWith("hs_err"));
        assertThat(text).as(files.toString()).doesNotContain("SIGSEGV").contains("wrote the picture so far to out-iter");
        Path partial = files.stream().filter(f -> f.getFileName().toString().matches("out-iter\\d{4}\\.png")).findFirst().orElseThrow();
        assertThat(ImageReader.read(partial).width()).isEqualTo(96);
        assertThat(dir.resolve("out.png")).doesNotExist();
    }

    private interface Output {
        String read() throws IOException;
    }

    private static int lastStep(Output output) throws IOException {
        Matcher m = STEP.matcher(output.read());
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }
}
