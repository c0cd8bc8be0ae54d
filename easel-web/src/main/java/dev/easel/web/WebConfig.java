package dev.easel.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the server can be tuned by. The defaults suit a 2-core machine: one job runs at a time, a
 * short queue waits, and every upload, result and job is bounded in size, count and time.
 *
 * @param host            interface to bind; loopback unless the user asks otherwise
 * @param port            TCP port; 0 picks a free one (tests)
 * @param dataDir         where results are written; null for a fresh temporary folder deleted on stop
 * @param paintingsDir    folder of style paintings shown in the gallery (usually $EASEL_SHARED/images/style); may be null
 * @param maxUploadBytes  largest request body (all files together); larger ones get 413
 * @param maxPixels       largest image, in pixels, checked from the header before decoding; larger get 413
 * @param queueCapacity   jobs that may wait behind the running one; more get 429
 * @param jobTimeLimit    a job still running after this is stopped and marked failed
 * @param resultLifetime  finished jobs and their files are deleted this long after they finish
 * @param maxKeptResults  at most this many finished jobs are kept; the oldest go first
 * @param gatys           caps for the Gatys method so a web job finishes in reasonable time
 * @param access          who may use the server: the name clients reach it by and the token they must show
 * @param minUploadBytesPerSecond an upload slower than this is cut off (408), so slow senders cannot hold every
 *                        upload slot; 0 for no limit
 */
public record WebConfig(String host, int port, Path dataDir, Path paintingsDir, long maxUploadBytes, long maxPixels,
                        int queueCapacity, Duration jobTimeLimit, Duration resultLifetime, int maxKeptResults,
                        GatysLimits gatys, Access access, long minUploadBytesPerSecond) {

    public static final String LOOPBACK = "127.0.0.1";

    /** The one place these are checked: {@code easel serve} shows the messages as usage errors. */
    public WebConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queue must be >= 0, got " + queueCapacity);
        }
        if (maxUploadBytes < 1024 || maxPixels < 1 || maxKeptResults < 1) {
            throw new IllegalArgumentException("the upload size (at least 1 KB), pixel and kept-results limits must be positive");
        }
        if (access == null) {
            access = Access.NONE;
        }
        if (minUploadBytesPerSecond < 0) {
            throw new IllegalArgumentException("the minimum upload rate must be >= 0, got " + minUploadBytesPerSecond);
        }
        if (jobTimeLimit.isNegative() || jobTimeLimit.isZero() || resultLifetime.isNegative() || resultLifetime.isZero()) {
            throw new IllegalArgumentException("the job time limit and the result lifetime must be positive");
        }
    }

    /**
     * Whether {@code host} names a loopback interface (127.0.0.0/8, ::1, localhost), by address rather than
     * spelling; a name that does not resolve is not loopback.
     */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Defaults: loopback:8080, 32 MB uploads sent at 16 KB/s or faster, 24 MP images, 4 waiting jobs, 10 minutes a
     * job, results kept 1 hour.
     */
    public static WebConfig defaults() {
        return new WebConfig(LOOPBACK, 8080, null, null, 32L << 20, 24_000_000L, 4, Duration.ofMinutes(10),
            Duration.ofHours(1), 100, GatysLimits.DEFAULT, Access.NONE, 16 << 10);
    }

    /** A builder starting from this config's values: set what differs, then {@link Builder#build()} checks them all once. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A config with some values changed ({@code easel serve}'s flags, a test's limits). */
    public static final class Builder {
        private String host;
        private int port;
        private Path dataDir;
        private Path paintingsDir;
        private long maxUploadBytes;
        private long maxPixels;
        private int queueCapacity;
        private Duration jobTimeLimit;
        private Duration resultLifetime;
        private int maxKeptResults;
        private GatysLimits gatys;
        private Access access;
        private long minUploadBytesPerSecond;

        private Builder(WebConfig c) {
            host = c.host;
            port = c.port;
            dataDir = c.dataDir;
            paintingsDir = c.paintingsDir;
            maxUploadBytes = c.maxUploadBytes;
            maxPixels = c.maxPixels;
            queueCapacity = c.queueCapacity;
            jobTimeLimit = c.jobTimeLimit;
            resultLifetime = c.resultLifetime;
            maxKeptResults = c.maxKeptResults;
            gatys = c.gatys;
            access = c.access;
            minUploadBytesPerSecond = c.minUploadBytesPerSecond;
        }

        public Builder host(String h) {
            host = h;
            return this;
        }

        public Builder port(int p) {
            port = p;
            return this;
        }

        public Builder dataDir(Path dir) {
            dataDir = dir;
            return this;
        }

        public Builder paintingsDir(Path dir) {
            paintingsDir = dir;
            return this;
        }

        public Builder limits(long uploadBytes, long pixels) {
            maxUploadBytes = uploadBytes;
            maxPixels = pixels;
            return this;
        }

        public Builder queue(int capacity, Duration timeLimit) {
            queueCapacity = capacity;
            jobTimeLimit = timeLimit;
            return this;
        }

        public Builder retention(Duration lifetime, int maxResults) {
            resultLifetime = lifetime;
            maxKeptResults = maxResults;
            return this;
        }

        public Builder gatys(GatysLimits limits) {
            gatys = limits;
            return this;
        }

        public Builder access(Access a) {
            access = a;
            return this;
        }

        public Builder minUploadRate(long bytesPerSecond) {
            minUploadBytesPerSecond = bytesPerSecond;
            return this;
        }

        /** The config, checked by its constructor. */
        public WebConfig build() {
            return new WebConfig(host, port, dataDir, paintingsDir, maxUploadBytes, maxPixels, queueCapacity, jobTimeLimit,
                resultLifetime, maxKeptResults, gatys, access, minUploadBytesPerSecond);
        }
    }

    /**
     * Who may use a server off loopback (on loopback both stay unset: only this computer reaches it).
     *
     * @param publicName the host name (or address) clients use; requests naming another host are refused. Null: the
     *                   bound address, or for a wildcard address this computer's name
     * @param token      the access token every request must show; null: one is generated at start
     */
    public record Access(String publicName, String token) {
        public static final Access NONE = new Access(null, null);

        public Access {
            if (token != null && token.length() < 16) {
                throw new IllegalArgumentException("an access token must have at least 16 characters");
            }
            if (publicName != null && !publicName.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("the public name must be a host name or address, got '" + publicName + "'");
            }
        }
    }






    /**
     * Gatys optimizes every picture from scratch: minutes at 512 px on 2 cores. The web app caps its size and
     * iterations so a job finishes in about a minute, and reports a preview every few iterations.
     *
     * @param defaultSize      output long side when the request names none
     * @param maxSize          largest output long side accepted
     * @param iterations       iterations at the final size
     * @param coarseIterations iterations at each coarser level
     * @param startSize        long side of the first coarse-to-fine level (0: the final size only)
     * @param previewEvery     a preview every this many iterations
     */
    public record GatysLimits(int defaultSize, int maxSize, int iterations, int coarseIterations, int startSize,
                              int previewEvery) {
        public static final GatysLimits DEFAULT = new GatysLimits(384, 512, 100, 100, 192, 10);

        public GatysLimits {
            if (defaultSize < 16 || maxSize < defaultSize || iterations < 1 || coarseIterations < 0 || startSize < 0
                || previewEvery < 1) {
                throw new IllegalArgumentException("invalid Gatys limits");
            }
        }
    }
}
