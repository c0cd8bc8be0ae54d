package dev.easel.bench.quality;

import dev.easel.EaselException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlierGatysLossesTest {
    @TempDir
    Path dir;

    @Test
    void readsBackEveryGatysLossOfItsOwnCsv() throws Exception {
        QualityRow row = new QualityRow("candy", "candy.jpg", "amber.jpg", new ScaledLosses(0, 1e6, 2e5, 3e4),
            new ScaledLosses(50, 1e5, 2e4, 3e3), new ScaledLosses(40, 1e4, 2e3, 3e2), 12, null);
        Path csv = Files.writeString(dir.resolve("q.csv"), QualityReport.csv(List.of(row)));
        EarlierGatysLosses.Measured m = EarlierGatysLosses.read(List.of(csv)).find("candy.jpg", "amber.jpg", 1e6).orElseThrow();
        assertThat(m.gatys()).isEqualTo(new ScaledLosses(40, 1e4, 2e3, 3e2));
        assertThat(m.gatys().complete()).isTrue();
        assertThat(EarlierGatysLosses.read(List.of(csv)).find("candy.jpg", "brad_pitt.jpg", 1e6)).isEmpty();
    }

    /** CSVs written before the scales and content ratio: the x1 loss is there, the rest NaN (not complete). */
    @Test
    void olderCsvsHoldOnlyTheFullScaleStyleLoss() throws Exception {
        Path csv = Files.writeString(dir.resolve("old.csv"),
            "model,style,photo,photo_style_loss,network_style_loss,gatys_style_loss,share,network_ms,identified\n"
                + "adain,candy.jpg,amber.jpg,7.23635e+06,1.41025e+06,18995.7,0.8072,2347.1,true\n"
                + "adain,mosaic.jpg,amber.jpg,7e+06,1e+06,NaN,NaN,2347.1,true\n");
        EarlierGatysLosses losses = EarlierGatysLosses.read(List.of(csv));
        EarlierGatysLosses.Measured m = losses.find("candy.jpg", "amber.jpg", 7.23635e6).orElseThrow();
        assertThat(m.gatys().styleFull()).isEqualTo(18995.7);
        assertThat(m.gatys().complete()).isFalse();
        assertThat(m.file()).isEqualTo(csv);
        assertThat(losses.find("mosaic.jpg", "amber.jpg", 7e6)).isEmpty(); // no Gatys in that run
        assertThatThrownBy(() -> losses.find("candy.jpg", "amber.jpg", 5e6)).isInstanceOf(EaselException.class)
            .hasMessageContaining("another --size");
    }
}
