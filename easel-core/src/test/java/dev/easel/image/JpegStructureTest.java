package dev.easel.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegStructureTest {
    @Test
    void readsLittleEndianExif() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'E', 'x', 'i', 'f', 0, 0, 'I', 'I'}).putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 8).putShort((short) 0);
        byte[] jpeg = Fixtures.insertSegment(Fixtures.jpeg(Fixtures.gradient(16, 16)), 0xE1, b.array());
        JpegStructure s = JpegStructure.parse(jpeg);
        assertThat(s.orientation).isEqualTo(8);
        assertThat(s.complete).isTrue();
    }

    @Test
    void noExifMeansOrientationOne() throws Exception {
        assertThat(JpegStructure.parse(Fixtures.jpeg(Fixtures.gradient(16, 16))).orientation).isEqualTo(1);
    }

    @Test
    void eoiInsideAnExifThumbnailDoesNotHideTruncation() throws Exception {
        byte[] thumbnail = Fixtures.jpeg(Fixtures.gradient(8, 8)); // ends with FFD9, inside APP1
        byte[] payload = new byte[6 + thumbnail.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, payload, 0, 6);
        System.arraycopy(thumbnail, 0, payload, 6, thumbnail.length);
        byte[] jpeg = Fixtures.insertSegment(Fixtures.jpeg(Fixtures.gradient(128, 128)), 0xE1, payload);
        assertThat(JpegStructure.parse(jpeg).complete).isTrue();
        assertThat(JpegStructure.parse(Arrays.copyOf(jpeg, jpeg.length - 100)).complete).isFalse();
        assertThat(JpegStructure.parse(Arrays.copyOf(jpeg, jpeg.length - 2)).complete).isFalse();
    }
}
