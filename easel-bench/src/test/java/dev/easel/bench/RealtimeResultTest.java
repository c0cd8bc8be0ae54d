package dev.easel.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealtimeResultTest {
    @Test
    void parsesThePythonLineAmongLogs() {
        String output = "UserWarning: something\n"
            + "EASEL-BENCH {\"impl\": \"pytorch\", \"version\": \"1.13.0a0+git6c9b55e\", \"arch\": \"half\", \"size\": \"512x512\", "
            + "\"ms\": [420.5, 400.0, 410.0], \"vmhwm_kb\": 471040, \"max_abs_diff\": 0.000244140625}\n"
            + "pytorch half 512x512: median 410.0 ms\n";
        RealtimeResult r = RealtimeResult.parse(output);
        assertThat(r.arch()).isEqualTo("half");
        assertThat(r.medianMs()).isEqualTo(410.0);
        assertThat(r.vmhwmMb()).isEqualTo(460.0);
        assertThat(r.maxAbsDiff()).isEqualTo(0.000244140625);
    }

    @Test
    void aMissingOrNullDifferenceIsNaN() {
        String line = "EASEL-BENCH {\"impl\": \"pytorch\", \"arch\": \"half\", \"size\": \"16x16\", \"ms\": [1.0], "
            + "\"vmhwm_kb\": 1, \"max_abs_diff\": null}";
        assertThat(RealtimeResult.parse(line).maxAbsDiff()).isNaN();
        assertThat(RealtimeResult.parse(line.replace(", \"max_abs_diff\": null", "")).maxAbsDiff()).isNaN();
    }

    @Test
    void roundTripsItsOwnLine() {
        RealtimeResult r = new RealtimeResult("easel", "2.7.1", "compact", "256x256", List.of(12.5, 13.0), 300_000, Double.NaN);
        RealtimeResult back = RealtimeResult.parse("[main] INFO engine\n" + r.toLine() + "\n");
        assertThat(back.ms()).isEqualTo(r.ms());
        assertThat(back.arch()).isEqualTo("compact");
        assertThat(back.vmhwmKb()).isEqualTo(300_000);
        assertThat(back.maxAbsDiff()).isNaN();
    }

    @Test
    void rejectsIncompleteResults() {
        assertThatThrownBy(() -> RealtimeResult.parse("EASEL-BENCH {\"impl\": \"easel\"}"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
    }
}
