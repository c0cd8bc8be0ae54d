package dev.easel.bench.quality;

import dev.easel.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatysScheduleTest {
    @Test
    void readsCoarseFineAndStartAndNamesTheCacheAsBenchQualityDoes() {
        assertThat(GatysSchedule.parse("300/150@256")).isEqualTo(new GatysSchedule("300/150@256", false, 300, 150, 256));
        assertThat(GatysSchedule.parse("300/150").cacheTag()).isEqualTo("150c300"); // stylize's default run, as bench quality caches it
        assertThat(GatysSchedule.parse("150/60@128").cacheTag()).isEqualTo("60c150s128");
        GatysSchedule fineOnly = GatysSchedule.parse("0/200@256");
        assertThat(fineOnly.startSize()).isZero();
        assertThat(fineOnly.cacheTag()).isEqualTo("200");
        GatysSchedule adain = GatysSchedule.parse(" adain+100/60 ");
        assertThat(adain.fromAdain()).isTrue();
        assertThat(adain.startSize()).isEqualTo(256);
        assertThat(adain.cacheTag()).as("a network's start is not Gatys' picture").isNull();
    }

    @Test
    void refusesWhatIsNotASchedule() {
        assertThatThrownBy(() -> GatysSchedule.parse("150-60")).isInstanceOf(InvalidSettingException.class)
            .hasMessageContaining("'150-60' is not COARSE/FINE[@START]");
        assertThatThrownBy(() -> GatysSchedule.parse("150/0")).isInstanceOf(InvalidSettingException.class)
            .hasMessageContaining("at least 1 iteration at the final size");
    }
}
