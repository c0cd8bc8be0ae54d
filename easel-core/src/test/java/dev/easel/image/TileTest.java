package dev.easel.image;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TileTest {
    @Test
    void coresCoverThePictureOnceRowByRow() {
        List<Tile> tiles = Tile.grid(10, 7, 4, 3);
        assertThat(tiles).hasSize(3 * 2);
        int[] covered = new int[10 * 7];
        for (Tile t : tiles) {
            for (int y = t.y0(); y < t.y1(); y++) {
                for (int x = t.x0(); x < t.x1(); x++) {
                    covered[y * 10 + x]++;
                }
            }
        }
        assertThat(covered).containsOnly(1);
        assertThat(tiles.get(1)).isEqualTo(new Tile(4, 0, 8, 4, 1, 0, 10, 7));
        assertThat(tiles.get(5)).isEqualTo(new Tile(8, 4, 10, 7, 5, 1, 10, 7));
    }

    @Test
    void tilingWithAnIdentityPainterGivesThePictureBack() {
        Picture p = new Picture(5, 3, new float[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
            41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55});
        int[] reports = new int[2];
        Picture out = Tiling.paint(p, 2, 1, (tile, padded) -> padded, (done, total) -> {
            reports[0] = done;
            reports[1] = total;
        });
        assertThat(out.data()).containsExactly(p.data());
        assertThat(reports).containsExactly(6, 6);
    }

    @Test
    void aCoreMustLieInsideItsPaddedRegion() {
        assertThatThrownBy(() -> new Tile(0, 0, 5, 5, 1, 0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tile.grid(5, 5, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
