package dev.easel.memory;

import dev.easel.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoryBudgetTest {
    @Test
    void aBudgetUnderTheMinimumIsRefusedWithItsSize() {
        assertThatThrownBy(() -> new MemoryBudget(1024)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("a memory budget must be at least 256 MB, got 1024 bytes");
        assertThat(new MemoryBudget(MemoryBudget.MINIMUM).bytes()).isEqualTo(256L << 20);
    }
}
