package dev.easel.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Tells an image's format from its first bytes: what a file is named or claims to be does not count. */
final class ImageTypes {
    private ImageTypes() {
    }

    /** "jpeg", "png", "webp", "bmp", "gif" or "tiff"; null when the bytes start like none of them. */
    static String sniff(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return "webp";
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return "gif";
        }
        if (ascii(b, 0, "BM") && b.length >= 26) {
            return "bmp";
        }
        if (startsWith(b, 0, 'I', 'I', 42, 0) || startsWith(b, 0, 'M', 'M', 0, 42)) {
            return "tiff";
        }
        return null;
    }

    private static boolean ascii(byte[] b, int offset, String s) {
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        return b.length >= offset + want.length && Arrays.equals(b, offset, offset + want.length, want, 0, want.length);
    }

    private static boolean startsWith(byte[] b, int offset, int... want) {
        if (b.length < offset + want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if ((b[offset + i] & 0xFF) != want[i]) {
                return false;
            }
        }
        return true;
    }
}
