package dev.easel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingChecksTest {
    @Test
    void aRefusedValueNamesTheSettingAndTheRuleApart() {
        InvalidSettingException e = refusal(() -> SettingChecks.between("levels", 5, 1, 4));
        assertThat(e).isInstanceOf(EaselException.class).hasMessage("levels must be between 1 and 4, got 5");
        assertThat(e.setting()).isEqualTo("levels");
        assertThat(e.rule()).isEqualTo("must be between 1 and 4, got 5");
    }

    @Test
    void eachRuleSaysWhatTheValueMustBe() {
        assertThat(refusal(() -> SettingChecks.atLeast("steps", 0, 1))).hasMessage("steps must be at least 1, got 0");
        assertThat(refusal(() -> SettingChecks.fraction("share", 1.5))).hasMessage("share must be between 0 and 1, got 1.5");
        assertThat(refusal(() -> SettingChecks.positive("rate", 0))).hasMessage("rate must be a positive number, got 0.0");
        assertThat(refusal(() -> SettingChecks.nonNegative("weight", -1))).hasMessage("weight must be a finite number >= 0, got -1.0");
        assertThat(refusal(() -> SettingChecks.mixWeights("weights", 1, -0.5)))
            .hasMessage("weights must be finite numbers >= 0, got -0.5");
        assertThat(refusal(() -> SettingChecks.mixWeights("weights", 0, 0))).hasMessage("weights must not all be zero");
    }

    @Test
    void notANumberAndInfinityAreRefusedWhereAFiniteNumberIsNeeded() {
        assertThat(refusal(() -> SettingChecks.fraction("share", Double.NaN)).rule()).endsWith("got NaN");
        assertThat(refusal(() -> SettingChecks.positive("rate", Double.POSITIVE_INFINITY)).rule()).endsWith("got Infinity");
        assertThat(refusal(() -> SettingChecks.nonNegative("weight", Double.NaN)).rule()).endsWith("got NaN");
        assertThat(refusal(() -> SettingChecks.mixWeight("weights", Double.POSITIVE_INFINITY)).rule()).endsWith("got Infinity");
    }

    @Test
    void valuesInRangeAreReturnedAsGiven() {
        assertThat(SettingChecks.between("levels", 4, 1, 4)).isEqualTo(4);
        assertThat(SettingChecks.atLeast("checkpoints", 0, 0)).isZero();
        assertThat(SettingChecks.fraction("share", 0)).isZero();
        assertThat(SettingChecks.fraction("share", 1)).isEqualTo(1);
        assertThat(SettingChecks.nonNegative("weight", 0)).isZero();
        assertThat(SettingChecks.mixWeights("weights", 0, 2)).containsExactly(0, 2);
    }

    private static InvalidSettingException refusal(Runnable check) {
        try {
            check.run();
        } catch (InvalidSettingException e) {
            return e;
        }
        throw new AssertionError("the value was accepted");
    }
}
