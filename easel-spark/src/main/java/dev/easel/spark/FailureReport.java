package dev.easel.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@value #NAME} under the output: one CSV row (input, output, error) per photo the last run could not stylize. It
 * always describes the last run: those photos have no output, so the next run tries them again, and a run without
 * failures removes it. The leading underscore keeps Spark and Hadoop readers of the folder from taking it for data.
 */
final class FailureReport {
    static final String NAME = "_failures.csv";
    static final String HEADER = "input,output,error";

    /** One photo that failed. */
    record Failure(String input, String output, String error) {
    }

    private FailureReport() {
    }

    /** Writes (or, with no failures, removes) the report; returns its path, or null when there is none. */
    static Path write(FileSystem fs, Path outputFolder, List<Failure> failures) throws IOException {
        Path report = new Path(outputFolder, NAME);
        if (failures.isEmpty()) {
            fs.delete(report, false);
            return null;
        }
        byte[] bytes = csv(failures).getBytes(StandardCharsets.UTF_8);
        if (!sameAs(fs, report, bytes)) { // a re-run that fails the same way writes nothing
            HadoopWrites.write(fs, report, bytes, true);
        }
        return report;
    }

    private static boolean sameAs(FileSystem fs, Path file, byte[] bytes) throws IOException {
        if (!fs.exists(file) || fs.getFileStatus(file).getLen() != bytes.length) {
            return false;
        }
        byte[] old = new byte[bytes.length];
        try (var in = fs.open(file)) {
            in.readFully(0, old);
        }
        return Arrays.equals(old, bytes);
    }

    static String csv(List<Failure> failures) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Failure f : failures) {
            out.append(field(f.input())).append(',').append(field(f.output())).append(',').append(field(f.error())).append('\n');
        }
        return out.toString();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
