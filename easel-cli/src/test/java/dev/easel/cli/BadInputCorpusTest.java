package dev.easel.cli;

import dev.easel.image.ImageWriter;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.video.SyntheticClip;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus: every command given what a careless or hostile user would give it. Each case must exit
 * with the promised code (2 for a usage error, 1 for anything else), say so in one "error:" line (a usage error may
 * add picocli's "Try ... --help" line), show no stack trace, and leave every file that was there byte-identical,
 * with nothing added (no temporary or partial file). All cases fail before any real work, so the corpus runs in
 * seconds.
 *
 * <p>Placeholders: {photo} a 64 px JPEG, {style} a painting, {clip} a short MP4, {mine} an existing PNG that is
 * the user's, {text} a text file named .jpg, {empty} a 0-byte .jpg, {cut} a truncated JPEG, {file} a plain file
 * (as a folder, it makes every path below it unwritable), {dir} the sandbox folder, {photos} a folder of photos,
 * {candy-steps} the shipped candy model's step count (read from its card, so retraining candy needs no edit here).
 */
class BadInputCorpusTest {

    @TempDir
    static Path fixtures;
    static Path clip;
    /** The shipped candy's step count, read once: the finished-run case expects it in its message. */
    static String candySteps;

    @TempDir
    Path dir;

    @BeforeAll
    static void readCandySteps() {
        candySteps = Long.toString(ModelFile.readCard(ModelRegistry.standard().find("candy")).steps());
    }

    @BeforeAll
    static void makeClip() {
        clip = fixtures.resolve("clip.mp4");
        SyntheticClip.write(clip, 12, 6, SyntheticClip.movingPattern(64, 48), false);
    }

    @ParameterizedTest(name = "[{index}] exit {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # stylize: inputs
        2 | stylize --output {dir}/o.png --style {style}                                   | Missing required option: '--content
        1 | stylize --content {dir}/nope.jpg --style {style} --output {dir}/o.png          | nope.jpg: file not found
        1 | stylize --content {dir} --style {style} --output {dir}/o.png                   | is a directory, not an image
        1 | stylize --content {empty} --style {style} --output {dir}/o.png                 | empty.jpg: file is empty
        1 | stylize --content {text} --style {style} --output {dir}/o.png                  | not a recognized image format
        1 | stylize --content {cut} --style {style} --output {dir}/o.png                   | truncated or corrupt
        1 | stylize --content {photo} --style {dir}/nostyle.jpg --output {dir}/o.png       | nostyle.jpg: file not found
        1 | stylize --content {photo} --style {style} --output {dir}/o.png --max-pixels 100 | exceeds the limit of 100 pixels (raise it with --max-pixels)
        # stylize: sizes and memory
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --size -1       | --size must be >= 0
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --size 1        | --size must be 0 (the photo's size) or at least 16
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --size big      | Invalid value for option '--size'
        1 | stylize --content {photo} --style {style} --output {dir}/o.png --size 20000    | gatys at 20000x15000 (300.0 MP) needs about
        1 | stylize --content {photo} --style {style} --output {dir}/o.png --size 2147483647 | is too large to hold in memory at all
        1 | stylize --method realtime --model candy --content {photo} --output {dir}/o.png --size 100000 | realtime at 100000x75000
        1 | stylize --content {photo} --style {style} --output {dir}/o.png --max-memory 300m | needs about
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --max-memory 1k | --max-memory must be at least
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --max-memory lots | not a memory size
        # stylize: outputs
        2 | stylize --content {photo} --style {style} --output {dir}/r.tga                 | unsupported output format
        2 | stylize --content {photo} --style {style} --output {dir}                       | is a directory
        1 | stylize --content {photo} --style {style} --output {mine}                      | mine.png already exists; use --force
        2 | stylize --content {photo} --style {style} --output {photo} --force             | is also an input
        2 | stylize --content {photo} --style {style} --output {style} --force             | is also an input
        1 | stylize --content {photo} --style {style} --output {file}/o.png                | cannot write there
        # stylize: flags
        2 | stylize --method realtime --content {photo} --output {dir}/o.png               | --method realtime needs --model
        1 | stylize --method realtime --model nosuch --content {photo} --output {dir}/o.png | no model named 'nosuch'
        1 | stylize --method realtime --model {text} --content {photo} --output {dir}/o.png | model card not found
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --strength 2    | --strength must be between 0 and 1
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --style-weights 1,2 | --style-weights has 2 values
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --iterations 0  | --iterations must be at least 1
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --style-weights 0 | --style-weights must not all be zero
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --style-weight -1 | --style-weight must be a finite number >= 0, got -1.0
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --style-pyramid 9 | --style-pyramid must be between 1 and 4, got 9
        2 | stylize --method arbitrary --arch cubism --content {photo} --style {style} --output {dir}/o.png | --arch is adain, yanai, wct or swap, not 'cubism'
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --bogus         | Unknown option: '--bogus'
        2 | stylize --content {photo} --style {style} --output {dir}/o.png --method nope   | Invalid value for option '--method'
        # analogy
        2 | analogy --a-prime {style} --output {dir}/o.png                                 | Missing required option: '--b
        1 | analogy --a-prime {dir}/nope.jpg --b {photo} --output {dir}/o.png              | nope.jpg: file not found
        2 | analogy --a-prime {style} --b {photo} --output {photo} --force                 | is also an input
        2 | analogy --a-prime {style} --b {photo} --output {dir}/o.bmp                     | unsupported output format
        1 | analogy --a-prime {style} --b {photo} --output {dir}/o.png --size 20000       | analogy at 20000x15000 (300.0 MP) needs about
        1 | analogy --a-prime {style} --b {photo} --output {dir}/o.png --size 2000 --max-memory 300m | analogy at 2000x1500 (3.0 MP) needs about
        1 | analogy --a-prime {style} --b {photo} --output {dir}/o.png --size 2147483647  | is too large to hold in memory at all
        1 | analogy --a-prime {style} --b {photo} --output {dir}/o.png --size 12000 --max-memory 1t | of Java heap; the heap limit is
        2 | analogy --a-prime {style} --b {photo} --output {dir}/o.png --max-memory 1k    | --max-memory must be at least
        # contact-sheet
        1 | contact-sheet {photo} {style} --output {dir}/s.png --height 100000             | is too large to hold in memory at all
        1 | contact-sheet {photo} {style} --output {dir}/s.png --height 8000 --max-memory 1g | needs about
        1 | contact-sheet {photo} --output {dir}/s.png --height 12000 --max-memory 1t      | out of memory
        2 | contact-sheet {photo} --output {dir}/s.png --height 0                          | --height must be at least 1
        2 | contact-sheet {photo} --output {dir}/s.png --max-memory 1k                     | --max-memory must be at least 256 MB, got 1024 bytes
        2 | contact-sheet {photo} --output {dir}/s.png --columns -1                        | --columns must be >= 0
        2 | contact-sheet {photo} --output {dir}/s.tga                                     | unsupported output format
        1 | contact-sheet {photo} {dir}/nope.jpg --output {dir}/s.png                      | nope.jpg: file not found
        1 | contact-sheet {photo} --output {mine}                                           | mine.png already exists
        # batch
        1 | batch --method realtime --model candy --input {dir}/nothing --output {dir}/out  | no such file or folder
        2 | batch --method realtime --model candy --input {photos} --output {mine}          | is a file; it takes a folder
        2 | batch --method realtime --model candy --input {photos} --output {photos}        | --output must be another folder than the input
        2 | batch --method realtime --model candy --input {photos} --output {dir}/out --size 1 | --size must be 0 (the photo's size) or at least 16
        1 | batch --method realtime --model candy --input {dir}/empty-folder --output {dir}/out | no photos found
        1 | batch --method realtime --model candy --input {photos} --output {file}/out       | cannot write there
        # video
        1 | video --input {photo} --output {dir}/v.mp4                                      | is a still image
        1 | video --input {file} --output {dir}/v.mp4                                       | not a video FFmpeg can read
        2 | video --input {clip} --output {dir}/v.gif                                       | unsupported video format
        2 | video --input {clip} --output {clip} --force                                    | is also an input
        2 | video --input {clip} --output {dir}/v.mp4 --temporal 2                          | --temporal
        1 | video --input {clip} --output {dir}/v.mp4 --start 9                             | past the end
        1 | video --input {clip} --output {mine}.mp4                                        | already exists; use --force
        1 | video --input {clip} --output {dir}/v.mp4 --size 20000                          | realtime at 20000x15000
        # train, serve
        1 | train realtime --data {photos} --style {style} --output {file}/run --steps 1    | cannot write checkpoints there
        1 | train realtime --data {photos} --style {style} --output {mine} --steps 1        | is a file; --output takes a folder
        2 | train realtime --data {photos} --output {dir}/run                               | Missing required option: '--style
        2 | train realtime --data {photos} --style {style} --output {dir}/run --steps 0     | --steps must be at least 1, got 0
        2 | train realtime --data {photos} --style {style} --output {dir}/run --checkpoint-every 0 | --checkpoint-every must be at least 1, got 0
        2 | train realtime --data {photos} --style {style} --output {dir}/run --tv-weight -1 | --tv-weight must be a finite number >= 0, got -1.0
        2 | train multi --data {photos} --style {style} --style {photo} --output {dir}/run --pyramid-falloff 2 | --pyramid-falloff must be above 0 and at most 1, got 2.0
        2 | train multi --data {photos} --style {style} --style {photo} --output {dir}/run --balance-power 2 | --balance-power must be between 0 and 1, got 2.0
        2 | train realtime --data {photos} --style {style} --output {dir}/run --init candy --resume-from candy | --resume-from starts from its model; it takes no --init
        1 | train realtime --data {photos} --style {style} --output {dir}/run --arch johnson --resume-from candy --steps 100 | the model was trained for {candy-steps} steps; this run has 100, so there is nothing left to continue
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch yanai --init yanai --resume-from yanai | --resume-from starts from its model; it takes no --init
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch wct --resume-from adain | --resume-from is for adain, yanai and swap; wct goes on from its checkpoint with --resume
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --size 8   | --size must be at least 16, got 8
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --lr 0     | --lr must be a positive number, got 0.0
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch cubism | --arch is adain, yanai, wct or swap, not 'cubism'
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch yanai --style-weight -1 | --style-weight must be a finite number >= 0, got -1.0
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch wct --style-pyramid 2 | --style-pyramid must be 1 for the wct network (its decoders learn no style), got 2
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch wct --init adain | --init is for adain, yanai and swap; the wct network starts from random weights
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch adain --transformer johnson | --transformer is for the yanai network only; adain has none
        2 | train arbitrary --data {photos} --styles {photos} --output {dir}/run --arch yanai --transformer cubist | --transformer: unknown architecture 'cubist'; choose johnson, wide, half or compact
        2 | serve --port 70000                                                              | port must be 0..65535
        2 | serve --queue -1                                                                | queue must be >= 0
        2 | serve --host 0.0.0.0 --port 0 --token short                                     | an access token must have at least 16 characters
        2 | serve --public-name easel.example                                               | --public-name is for a server off loopback
        """)
    void failsWithOneLineAndTouchesNothing(int exit, String command, String message) throws IOException {
        Sandbox box = Sandbox.create(dir, clip, candySteps);
        Map<Path, byte[]> before = box.snapshot();
        String[] args = Arrays.stream(command.trim().split("\\s+")).map(box::expand).toArray(String[]::new);

        CliRun run = CliRun.of(args);

        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
        assertThat(lines).as(run.err()).filteredOn(l -> l.startsWith("error: ")).hasSize(1);
        assertThat(lines.get(0)).as(run.err()).startsWith("error: ").contains(box.expand(message));
        assertThat(lines.subList(1, lines.size())).as(run.err()).allMatch(l -> l.startsWith("Try '") && exit == 2);
        assertThat(run.err()).doesNotContain("\tat ", "Exception:", "NaN");
        assertThat(box.snapshot()).as("files after the run").containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(box.read(file)).as(file.toString()).isEqualTo(bytes));
    }

    /** The files a case works on, made fresh for each case. */
    record Sandbox(Path dir, Map<String, String> names) {
        static Sandbox create(Path dir, Path clip, String candySteps) throws IOException {
            Path photo = TestPhotos.tubingen(dir.resolve("photo.jpg"), 64);
            Path style = dir.resolve("style.jpg");
            ImageWriter.write(TestData.starryNight(64), style, false);
            Path photos = Files.createDirectories(dir.resolve("photos"));
            Files.copy(photo, photos.resolve("a.jpg"));
            Files.createDirectories(dir.resolve("empty-folder"));
            Path mine = Files.writeString(dir.resolve("mine.png"), "the user's own file");
            Files.writeString(dir.resolve("mine.png.mp4"), "the user's own video");
            byte[] jpeg = Files.readAllBytes(photo);
            Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
            Files.writeString(dir.resolve("text.jpg"), "hello, not an image");
            Files.createFile(dir.resolve("empty.jpg"));
            Files.writeString(dir.resolve("file"), "a plain file where a folder would be");
            Files.copy(clip, dir.resolve("clip.mp4"));
            Map<String, String> names = new TreeMap<>(Map.of("{photo}", photo.toString(), "{style}", style.toString(),
                "{photos}", photos.toString(), "{mine}", mine.toString(), "{cut}", dir.resolve("cut.jpg").toString(),
                "{text}", dir.resolve("text.jpg").toString(), "{empty}", dir.resolve("empty.jpg").toString(),
                "{file}", dir.resolve("file").toString(), "{clip}", dir.resolve("clip.mp4").toString(), "{dir}", dir.toString()));
            names.put("{candy-steps}", candySteps);
            return new Sandbox(dir, names);
        }

        String expand(String s) {
            String out = s;
            for (Map.Entry<String, String> e : names.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        }

        Map<Path, byte[]> snapshot() throws IOException {
            Map<Path, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(f, Files.readAllBytes(f));
                }
            }
            return files;
        }

        byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
