package dev.easel.bench.quality;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QualitySummaryTest {
    private static final ScaledLosses PHOTO = new ScaledLosses(0, 1e4, 1e4, 1e4);
    private static final ScaledLosses GATYS = new ScaledLosses(10, 1e2, 1e2, 1e2);

    /** A row whose log-share is {@code share} at every scale, with the given content loss. */
    private static QualityRow row(String model, String style, String photo, double share, double content, Boolean identified) {
        double loss = 1e4 * Math.pow(1e-2, share);
        return new QualityRow(model, style, photo, PHOTO, new ScaledLosses(content, loss, loss, loss), GATYS, 10, identified);
    }

    @Test
    void meansPerPaintingAndWorstPaintingPerModel() {
        List<QualityRow> rows = List.of(
            row("arb", "a.jpg", "p1", 1.0, 10, true), row("arb", "a.jpg", "p2", 0.5, 20, true),
            row("arb", "b.jpg", "p1", 0.5, 10, false), row("arb", "b.jpg", "p2", 0.3, 10, true),
            row("candy", "candy.jpg", "p1", 0.8, 15, null));
        List<QualitySummary.Painting> paintings = QualitySummary.byPainting(rows);
        assertThat(paintings).extracting(QualitySummary.Painting::style).containsExactly("a.jpg", "b.jpg", "candy.jpg");
        QualitySummary.Painting a = paintings.get(0);
        assertThat(a.photos()).isEqualTo(2);
        assertThat(a.logShare()).containsExactly(new double[] {0.75, 0.75, 0.75}, within(1e-12));
        assertThat(a.contentRatio()).isCloseTo(1.5, within(1e-12));
        assertThat(paintings.get(1).identified()).isEqualTo(0.5);
        assertThat(paintings.get(2).identified()).isNaN();

        List<QualitySummary.Model> models = QualitySummary.byModel(rows);
        QualitySummary.Model arb = models.get(0);
        assertThat(arb.rows()).isEqualTo(4);
        assertThat(arb.logShare()[0]).isCloseTo(0.575, within(1e-12));
        assertThat(arb.worst()).get().extracting(QualitySummary.Painting::style).isEqualTo("b.jpg");
        assertThat(arb.identified()).isEqualTo(0.75);
        assertThat(models.get(1).identified()).isNaN();
        assertThat(models.get(1).worst()).get().extracting(QualitySummary.Painting::style).isEqualTo("candy.jpg");
    }

    @Test
    void withoutGatysTheTableShowsDashesAndTheCsvEmptyCells() {
        List<QualityRow> rows = List.of(new QualityRow("candy", "candy.jpg", "p1.jpg", PHOTO,
            new ScaledLosses(5, 1e3, 1e3, 1e3), ScaledLosses.NONE, 12.5, null));
        String table = QualityReport.table(rows, 256, 150, true);
        assertThat(table).contains("candy.jpg").contains("90%").contains(" - ");
        List<String> csv = QualityReport.csv(rows).lines().toList();
        assertThat(csv.get(0)).isEqualTo(QualityReport.CSV_HEADER);
        assertThat(csv.get(1).split(",", -1)).hasSize(QualityReport.CSV_HEADER.split(",").length);
        assertThat(csv.get(1)).startsWith("candy,candy.jpg,p1.jpg,10000.0,1000.00,,");
    }
}
