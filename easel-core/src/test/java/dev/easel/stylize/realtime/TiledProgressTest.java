package dev.easel.stylize.realtime;

import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Progress;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.TilePlan;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A picture painted in tiles reports its tiles and ends at all of them done, not "1 of 24". */
class TiledProgressTest {
    @Test
    void tiledProgressEndsAtOneHundredPercent() {
        try (RealtimeStylizer tiled = new RealtimeStylizer(RealtimeModel.load(ModelRegistry.standard().find("candy")), new TilePlan(10_000, 64))) {
            List<Progress> reports = new ArrayList<>();
            tiled.stylize(StyleRequest.of(TestData.image("content/tubingen.jpg", 200), TestData.image("style/candy.jpg", 64), 200),
                reports::add, Cancellation.none());
            assertThat(reports.get(0).stage()).isEqualTo("tiles");
            Progress last = reports.get(reports.size() - 1);
            assertThat(last.totalSteps()).isGreaterThan(1).isEqualTo(reports.get(0).totalSteps());
            assertThat(last.step()).isEqualTo(last.totalSteps());
            assertThat(last.workDone()).isEqualTo(1.0);
        }
    }
}
