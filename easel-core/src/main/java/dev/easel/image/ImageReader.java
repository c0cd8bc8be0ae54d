package dev.easel.image;

import dev.easel.EaselException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads photos (JPEG, PNG, BMP, WebP; GIF and TIFF through the JDK's own readers) into Pictures.
 * The format is sniffed from the content, never the file name. Every failure a user can cause
 * becomes an EaselException that names the file and says what is wrong with it.
 */
public final class ImageReader {
    public static final long DEFAULT_MAX_PIXELS = 64_000_000L;

    private static final Logger log = LoggerFactory.getLogger(ImageReader.class);
    /** Format names as the readers give them: the JDK's TIFF reader calls itself "tif". */
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "bmp", "webp", "gif", "tif", "tiff");
    private static final String SUPPORTED = "supported: JPEG, PNG, BMP, WebP, GIF, TIFF";

    private ImageReader() {
    }

    public static Picture read(Path file) {
        return read(file, DEFAULT_MAX_PIXELS);
    }

    public static Picture read(Path file, long maxPixels) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new EaselException(name + ": is a directory, not an image file");
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new EaselException(name + ": is a broken symbolic link (its target does not exist)");
        }
        if (!Files.exists(file)) {
            throw new EaselException(name + ": file not found");
        }
        byte[] bytes;
        try {
            // Whole-file read: the JPEG checks need the raw bytes, and photos are small next to their pixels.
            if (Files.size(file) > Integer.MAX_VALUE - 16) {
                throw new EaselException(name + ": file is too large (over 2 GB) to be a photo we can process");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EaselException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new EaselException(name + ": permission denied", e);
        } catch (IOException e) {
            throw new EaselException(name + ": cannot read file (" + e.getMessage() + ")", e);
        }
        return read(bytes, name, maxPixels);
    }

    /** For uploads: reads the whole stream, then behaves like {@link #read(byte[], String, long)}. */
    public static Picture read(InputStream in, String nameForMessages, long maxPixels) {
        try {
            return read(in.readAllBytes(), nameForMessages, maxPixels);
        } catch (IOException e) {
            throw new EaselException(nameForMessages + ": cannot read upload (" + e.getMessage() + ")", e);
        }
    }

    public static Picture read(byte[] bytes, String nameForMessages, long maxPixels) {
        String name = nameForMessages;
        if (bytes.length == 0) {
            throw new EaselException(name + ": file is empty (0 bytes)");
        }
        ImageIoPlugins.ensureRegistered();
        JpegStructure jpeg = JpegStructure.looksLikeJpeg(bytes) ? JpegStructure.parse(bytes) : null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            javax.imageio.ImageReader reader = readerFor(in, name);
            try {
                reader.setInput(in, true, true);
                checkSize(reader, name, maxPixels);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(collect(warnings));
                BufferedImage image = decode(reader, name);
                if ((jpeg != null && !jpeg.complete) || hasTruncationWarning(warnings)) {
                    throw new EaselException(name + ": image data is truncated or corrupt (the data ends early)");
                }
                warnings.forEach(w -> log.warn("{}: {}", name, w));
                Picture picture = Rasters.toPicture(image);
                return jpeg == null ? picture : Orientation.apply(picture, jpeg.orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) { // closing an in-memory stream; nothing the user can fix
            throw new EaselException(name + ": cannot read image (" + e.getMessage() + ")", e);
        }
    }

    public static Picture fromBufferedImage(BufferedImage image) {
        return Rasters.toPicture(image);
    }

    /** 8-bit RGB copy: values clamped to 0..255 and rounded. */
    public static BufferedImage toBufferedImage(Picture picture) {
        return Rasters.toBufferedImage(picture);
    }

    private static javax.imageio.ImageReader readerFor(ImageInputStream in, String name) {
        Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            javax.imageio.ImageReader reader = readers.next();
            String format = formatOf(reader);
            if (FORMATS.contains(format)) {
                return reader;
            }
            log.debug("{}: ignoring reader for unsupported format {}", name, format);
        }
        throw new EaselException(name + ": content is not a recognized image format (" + SUPPORTED + ")");
    }

    private static String formatOf(javax.imageio.ImageReader reader) {
        try {
            return reader.getFormatName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        }
    }

    /** Header-only check, so a hostile 100000x100000 PNG costs nothing. */
    private static void checkSize(javax.imageio.ImageReader reader, String name, long maxPixels) {
        long width;
        long height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw corrupt(name, e);
        }
        if (width <= 0 || height <= 0) {
            throw new EaselException(name + ": the header claims an empty image (" + width + "x" + height + ")");
        }
        long pixels = width * height;
        if (pixels > maxPixels) {
            throw new ImageTooLargeException(String.format(Locale.ROOT, "%s: %dx%d = %s exceeds the limit of %s",
                    name, width, height, pixelCount(pixels), pixelCount(maxPixels)));
        }
    }

    /** "24.0 MP", or the exact count below 0.1 MP, where one decimal of a megapixel would read 0.0. */
    public static String pixelCount(long pixels) {
        return pixels >= 100_000 ? String.format(Locale.ROOT, "%.1f MP", pixels / 1e6) : pixels + " pixels";
    }

    private static BufferedImage decode(javax.imageio.ImageReader reader, String name) {
        try {
            ImageReadParam param = reader.getDefaultReadParam();
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new EaselException(name + ": image data is truncated or corrupt (nothing decoded)");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof EaselException ee) {
                throw ee;
            }
            throw corrupt(name, e);
        }
    }

    private static EaselException corrupt(String name, Exception e) {
        String detail = e instanceof EOFException ? "the data ends early"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new EaselException(name + ": image data is truncated or corrupt (" + detail + ")", e);
    }

    private static IIOReadWarningListener collect(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    /** libjpeg's "Premature end of JPEG file" is the one warning that means missing pixels. */
    private static boolean hasTruncationWarning(List<String> warnings) {
        return warnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.contains("premature end") || w.contains("truncat"));
    }
}
