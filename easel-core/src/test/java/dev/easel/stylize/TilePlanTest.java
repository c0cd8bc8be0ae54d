package dev.easel.stylize;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TilePlanTest {
    @Test
    void tilesOnlyPicturesAboveItsThreshold() {
        TilePlan plan = new TilePlan(100 * 100, 64);
        assertThat(plan.tiles(Picture.blank(100, 100))).isFalse();
        assertThat(plan.tiles(Picture.blank(101, 100))).isTrue();
        assertThat(new TilePlan(0, 8).tiles(Picture.blank(1, 1))).isTrue();
    }

    @Test
    void refusesTilesTooSmallOrANegativeThreshold() {
        assertThatThrownBy(() -> new TilePlan(0, 7)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> new TilePlan(-1, 64)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 64 and -1");
    }
}
