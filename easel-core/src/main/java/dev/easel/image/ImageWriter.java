package dev.easel.image;

import dev.easel.EaselException;
import dev.easel.io.AtomicFiles;
import dev.easel.io.WriteFailures;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Saves a Picture as PNG or WebP (with its alpha, if it has one) or JPEG (opaque), chosen by extension. WebP
 * is lossy at {@link #WEBP_QUALITY} with lossless alpha, through libwebp (the webp-imageio natives). Writes go to a temp file in the target folder
 * and are renamed into place, so an interrupted run never leaves a half-written image behind.
 */
public final class ImageWriter {
    static final float JPEG_QUALITY = 0.95f;
    static final float WEBP_QUALITY = 0.9f;
    private static final String SUPPORTED = "supported: .png, .jpg, .jpeg, .webp";

    private ImageWriter() {
    }

    public static void write(Picture picture, Path out, boolean force) {
        String name = out.toString();
        String format = formatFor(out);
        if (Files.isDirectory(out)) {
            throw new EaselException(name + ": is a directory; give a file name such as " + out.resolve("out.png"));
        }
        if (!force && Files.exists(out)) {
            throw new OutputExistsException(out, null);
        }
        Path folder = out.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = AtomicFiles.createTemp(folder, out.getFileName().toString());
            try (OutputStream os = Files.newOutputStream(temp)) {
                encode(Rasters.toBufferedImage(picture, keepsAlpha(format)), format, os);
            }
            moveIntoPlace(temp, out, force);
        } catch (FileAlreadyExistsException e) {
            throw new OutputExistsException(out, e);
        } catch (IOException e) {
            throw new EaselException(name + ": cannot write image: " + WriteFailures.describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the original error matters more
                }
            }
        }
    }

    /**
     * The bytes {@link #write} would put in a file of this format ("png", "jpg", "jpeg" or "webp"): for callers
     * that store images elsewhere than in a local file.
     */
    public static byte[] encode(Picture picture, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("png") && !f.equals("jpg") && !f.equals("jpeg") && !f.equals("webp")) {
            throw new IllegalArgumentException("unsupported image format '" + format + "' (" + SUPPORTED + ")");
        }
        String name = f.equals("jpg") ? "jpeg" : f;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            encode(Rasters.toBufferedImage(picture, keepsAlpha(name)), name, bytes);
        } catch (IOException e) {
            throw new EaselException("cannot encode image as " + format + " (" + e + ")", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Checks that {@code out} names an image this writer can write (a known extension, not a folder), so a caller
     * can refuse a bad output before long work rather than after it.
     */
    public static void checkOutputName(Path out) {
        if (Files.isDirectory(out)) {
            throw new EaselException(out + ": is a directory; give a file name such as " + out.resolve("out.png"));
        }
        formatFor(out);
    }

    private static String formatFor(Path out) {
        String file = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".png")) {
            return "png";
        }
        if (file.endsWith(".jpg") || file.endsWith(".jpeg")) {
            return "jpeg";
        }
        if (file.endsWith(".webp")) {
            return "webp";
        }
        throw new EaselException(out + ": unsupported output format (" + SUPPORTED + ")");
    }

    private static boolean keepsAlpha(String format) {
        return format.equals("png") || format.equals("webp");
    }

    private static void encode(BufferedImage image, String format, OutputStream os) throws IOException {
        ImageIoPlugins.ensureRegistered();
        Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + format);
        }
        javax.imageio.ImageWriter writer = writers.next();
        // Memory cache: ImageIO's default disk cache would litter java.io.tmpdir.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(os)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            } else if (format.equals("webp")) { // lossy colours (a painting needs no lossless), lossless alpha
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Lossy");
                param.setCompressionQuality(WEBP_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** With force an atomic rename replaces the output; without, the name is claimed only if still free. */
    private static void moveIntoPlace(Path temp, Path out, boolean force) throws IOException {
        if (force) {
            AtomicFiles.moveReplacing(temp, out);
        } else {
            AtomicFiles.moveNoClobber(temp, out); // the caller deletes the temp name afterwards
        }
    }
}
