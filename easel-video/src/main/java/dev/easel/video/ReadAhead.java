package dev.easel.video;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Decodes on a thread of its own into a short queue, so the next frame is ready when the stylizer asks for it and
 * decoding overlaps stylizing. At most {@code capacity} chunks wait, so memory stays bounded.
 */
final class ReadAhead implements AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private boolean ended;

    /** @param source the next chunk or null at the end, as {@link VideoReader#next()}; called on the decoding thread only */
    ReadAhead(Supplier<Chunk> source, int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(() -> decode(source), "easel-video-decode");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next chunk in decoding order, null at the end; a decoding failure is thrown here, on the caller's thread. */
    Chunk next() {
        if (ended) {
            return null;
        }
        Object item = Handoff.take(queue);
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        return (Chunk) item;
    }

    private void decode(Supplier<Chunk> source) {
        Object last = END;
        try {
            for (Chunk c = source.get(); c != null; c = source.get()) {
                // the reader reuses its audio frame on the next read: what waits in the queue must be a copy
                queue.put(c instanceof Chunk.Audio a ? new Chunk.Audio(a.samples().clone(), a.micros()) : c);
            }
        } catch (InterruptedException e) {
            return; // closed early: the caller stopped reading
        } catch (RuntimeException e) {
            last = e;
        }
        try {
            queue.put(last);
        } catch (InterruptedException ignored) {
            // closed early
        }
    }

    /** Stops decoding and waits for the thread, so the source can be closed safely after this. */
    @Override
    public void close() {
        Handoff.stop(thread);
    }
}
