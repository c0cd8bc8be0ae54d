package dev.easel.image;

import javax.imageio.ImageIO;

/**
 * Makes sure the TwelveMonkeys readers are registered with ImageIO.
 * ImageIO discovers plugins through the context class loader of whichever thread touches it first;
 * in a web container or a worker pool that loader may not see our jar, so we rescan once with ours.
 * (In the shaded CLI jar the META-INF/services files are merged by the ServicesResourceTransformer.)
 */
final class ImageIoPlugins {
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
            } finally {
                thread.setContextClassLoader(previous);
            }
            scanned = true;
        }
    }
}
