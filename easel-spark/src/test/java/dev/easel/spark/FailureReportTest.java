package dev.easel.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReportTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        String csv = FailureReport.csv(List.of(new FailureReport.Failure("file:/in/a,b.jpg", "file:/out/a,b.png", "said \"no\"\nthen stopped")));
        assertThat(csv).isEqualTo("input,output,error\n\"file:/in/a,b.jpg\",\"file:/out/a,b.png\",\"said \"\"no\"\"\nthen stopped\"\n");
    }

    @Test
    void describesTheLastRunOnly() throws Exception {
        Path out = new Path(dir.toUri());
        FileSystem fs = HadoopFiles.of(out, new Configuration());
        List<FailureReport.Failure> one = List.of(new FailureReport.Failure("a.jpg", "a.png", "broken"));
        Path report = FailureReport.write(fs, out, one);
        java.nio.file.Path file = dir.resolve(FailureReport.NAME);
        assertThat(Files.readAllLines(file)).containsExactly("input,output,error", "a.jpg,a.png,broken");
        var written = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        assertThat(FailureReport.write(fs, out, one)).isEqualTo(report);
        assertThat(Files.getLastModifiedTime(file)).as("the same report is not rewritten").isEqualTo(written);

        assertThat(FailureReport.write(fs, out, List.of())).isNull();
        assertThat(file).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }
}
