package dev.easel.image;

import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Makes sure the TwelveMonkeys readers and the WebP writer are registered with ImageIO, and that WebP is read by
 * TwelveMonkeys' pure-Java decoder (with the checks the reader tests hold), not by the writer library's native one.
 * ImageIO discovers plugins through the context class loader of whichever thread touches it first;
 * in a web container or a worker pool that loader may not see our jar, so we rescan once with ours.
 * (In the shaded CLI jar the META-INF/services files are merged by the ServicesResourceTransformer.)
 */
final class ImageIoPlugins {
    /** webp-imageio's package: its writer is the one WebP writer; its reader would compete with TwelveMonkeys'. */
    private static final String NATIVE_WEBP_PACKAGE = "com.luciad.imageio.webp.";
    private static volatile boolean scanned;

    private ImageIoPlugins() {
    }

    static void ensureRegistered() {
        if (scanned) {
            return;
        }
        synchronized (ImageIoPlugins.class) {
            if (scanned) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try {
                thread.setContextClassLoader(ImageIoPlugins.class.getClassLoader());
                ImageIO.scanForPlugins();
                dropNativeWebpReader();
            } finally {
                thread.setContextClassLoader(previous);
            }
            scanned = true;
        }
    }

    private static void dropNativeWebpReader() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        Iterator<ImageReaderSpi> readers = registry.getServiceProviders(ImageReaderSpi.class, true);
        List<ImageReaderSpi> dropped = new ArrayList<>();
        readers.forEachRemaining(spi -> {
            if (spi.getClass().getName().startsWith(NATIVE_WEBP_PACKAGE)) {
                dropped.add(spi);
            }
        });
        dropped.forEach(spi -> registry.deregisterServiceProvider(spi, ImageReaderSpi.class));
    }
}
