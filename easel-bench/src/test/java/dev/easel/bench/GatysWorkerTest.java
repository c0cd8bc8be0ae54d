package dev.easel.bench;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GatysWorkerTest {
    @Test
    void rawImagesAreLittleEndianPlanarFloatsAndRoundTrip(@TempDir Path dir) throws Exception {
        Picture p = new Picture(3, 2, new float[] {0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 250, 251, 252, 253, 254, 255.5f});
        Path f = dir.resolve("p.f32");
        GatysWorker.writeRaw(f, p);
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).hasSize(4 * 18); // what the Python side reads with torch.from_file
        assertThat(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getFloat(4 * 17)).isEqualTo(255.5f);
        assertThat(GatysWorker.readRaw(f, "3x2").data()).containsExactly(p.data());
    }
}
