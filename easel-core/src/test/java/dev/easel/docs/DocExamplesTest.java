package dev.easel.docs;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java example in the README and docs/ compiles and runs as printed (imports and all), in a fresh JVM in a
 * folder holding the files it names, without -Deasel.models or EASEL_SHARED: the installation's defaults.
 * Sizes and iteration counts are scaled down (512 px to 64, docs/gatys.md's 150/300 iterations to 3) so the test
 * takes seconds; the README's facade example keeps Gatys's default iterations, at 64 px.
 * docs/spark.md's example needs a Spark session and is left to the easel-spark module.
 */
class DocExamplesTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesAndRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("spark.md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(page));
            for (int i = 0; m.find(); i++) {
                String code = m.group(1);
                String name = ROOT.relativize(page) + " example " + (i + 1);
                String className = "Example" + tests.size();
                tests.add(DynamicTest.dynamicTest(name, () -> compileAndRun(className, code)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    private void compileAndRun(String className, String code) throws Exception {
        Path work = Files.createDirectories(dir.resolve(className));
        inputs(work);
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.lines().toList()) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String scaled = body.toString().replace("512", "64").replace(".iterations(150, 300)", ".iterations(3, 3)");
        Path source = work.resolve(className + ".java");
        Files.writeString(source, imports + "public class " + className
            + " {\n public static void main(String[] args) throws Exception {\n" + scaled + "\n }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, errors, "-d", work.toString(), "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder run = new ProcessBuilder(java, "-Xmx1500m", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=2",
            "-cp", work + File.pathSeparator + System.getProperty("java.class.path"), className)
            .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("output.txt").toFile());
        run.environment().remove("EASEL_SHARED"); // the defaults must find the installation's data
        Process p = run.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(work.resolve("output.txt"));
        assertThat(p.exitValue()).as(output).isZero();
        try (Stream<Path> written = Files.list(work)) {
            assertThat(written.map(f -> f.getFileName().toString()))
                .as("the example writes its result").anyMatch(f -> f.endsWith(".png") && !List.of("a.png", "a_prime.png", "b.png").contains(f));
        }
    }

    /** The files the examples name: a photo, a painting, and an analogy's A, A' and B. */
    private static void inputs(Path work) throws IOException {
        Files.copy(TestData.shared().resolve("images/content/tubingen.jpg"), work.resolve("photo.jpg"));
        Files.copy(TestData.shared().resolve("images/style/starry_night.jpg"), work.resolve("starry.jpg"));
        Picture a = TestData.image("content/golden_gate.jpg", 64);
        ImageWriter.write(a, work.resolve("a.png"), false);
        ImageWriter.write(Resizer.resize(ImageReader.read(TestData.shared().resolve("images/style/mosaic.jpg")), a.width(), a.height()),
            work.resolve("a_prime.png"), false);
        ImageWriter.write(TestData.image("content/tubingen.jpg", 64), work.resolve("b.png"), false);
    }
}
