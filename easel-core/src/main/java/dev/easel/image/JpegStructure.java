package dev.easel.image;

/**
 * Walks the marker segments of a JPEG file without decoding it, to learn two things ImageIO hides:
 * the EXIF orientation (the readers ignore it) and whether the file ends properly with EOI
 * (libjpeg fills a truncated scan with grey and only warns, which would silently ruin a stylization).
 */
final class JpegStructure {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;

    /** EXIF orientation 1..8 (1 when absent or unreadable). */
    final int orientation;
    /** True when the entropy-coded data runs into an EOI marker before the bytes run out. */
    final boolean complete;

    private JpegStructure(int orientation, boolean complete) {
        this.orientation = orientation;
        this.complete = complete;
    }

    static boolean looksLikeJpeg(byte[] b) {
        return b.length >= 3 && u8(b, 0) == 0xFF && u8(b, 1) == SOI && u8(b, 2) == 0xFF;
    }

    static JpegStructure parse(byte[] b) {
        int orientation = 1;
        int pos = 2;
        boolean inScan = false;
        while (pos < b.length) {
            if (inScan) {
                // Entropy-coded data: FF00 is a stuffed byte, FFD0..FFD7 are restart markers.
                if (u8(b, pos) != 0xFF || pos + 1 >= b.length) {
                    pos++;
                    continue;
                }
                int next = u8(b, pos + 1);
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                    pos += next == 0xFF ? 1 : 2;
                    continue;
                }
                inScan = false;
            }
            if (u8(b, pos) != 0xFF) {
                return new JpegStructure(orientation, false);
            }
            if (pos + 1 >= b.length) {
                break;
            }
            int marker = u8(b, pos + 1);
            if (marker == 0xFF) { // fill bytes before a marker are allowed
                pos++;
                continue;
            }
            if (marker == EOI) {
                return new JpegStructure(orientation, true);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // standalone markers
                pos += 2;
                continue;
            }
            if (pos + 3 >= b.length) {
                break;
            }
            int length = (u8(b, pos + 2) << 8) | u8(b, pos + 3);
            int start = pos + 4;
            int end = pos + 2 + length;
            if (length < 2 || end > b.length) {
                break;
            }
            if (marker == APP1 && orientation == 1) {
                orientation = exifOrientation(b, start, end);
            }
            inScan = marker == SOS;
            pos = end;
        }
        return new JpegStructure(orientation, false);
    }

    /** Reads tag 0x0112 from IFD0 of an "Exif\0\0" APP1 payload; 1 for anything unexpected. */
    private static int exifOrientation(byte[] b, int start, int end) {
        if (end - start < 14 || b[start] != 'E' || b[start + 1] != 'x' || b[start + 2] != 'i'
                || b[start + 3] != 'f' || b[start + 4] != 0 || b[start + 5] != 0) {
            return 1;
        }
        int tiff = start + 6;
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + read32(b, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int count = read16(b, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (read16(b, entry, little) == 0x0112 && read16(b, entry + 2, little) == 3) {
                int value = read16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int read16(byte[] b, int i, boolean little) {
        return little ? u8(b, i) | u8(b, i + 1) << 8 : u8(b, i) << 8 | u8(b, i + 1);
    }

    private static long read32(byte[] b, int i, boolean little) {
        long v = little
                ? u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16 | (long) u8(b, i + 3) << 24
                : (long) u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3);
        return v & 0xFFFFFFFFL;
    }
}
