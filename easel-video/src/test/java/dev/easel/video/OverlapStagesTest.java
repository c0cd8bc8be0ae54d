package dev.easel.video;

import dev.easel.EaselException;
import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoding and encoding threads of {@link VideoPipeline}: order, bounded queues, failures on the caller's thread. */
class OverlapStagesTest {
    private static Chunk frame(long micros) {
        return new Chunk.Image(Picture.blank(2, 2), micros);
    }

    @Test
    void readAheadHandsOnEveryChunkInOrderAndStaysAtTheEnd() {
        Iterator<Chunk> chunks = List.of(frame(0), frame(40), frame(80)).iterator();
        try (ReadAhead ahead = new ReadAhead(() -> chunks.hasNext() ? chunks.next() : null, 1)) {
            assertThat(List.of(ahead.next().micros(), ahead.next().micros(), ahead.next().micros())).containsExactly(0L, 40L, 80L);
            assertThat(ahead.next()).isNull();
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void readAheadDecodesAtMostItsCapacityAheadAndThrowsTheDecodersFailureToTheCaller() throws InterruptedException {
        AtomicInteger decoded = new AtomicInteger();
        try (ReadAhead ahead = new ReadAhead(() -> {
            if (decoded.incrementAndGet() == 4) {
                throw new EaselException("clip.mp4: video data is corrupt");
            }
            return frame(decoded.get());
        }, 2)) {
            for (long end = System.nanoTime() + 10_000_000_000L; decoded.get() < 3 && System.nanoTime() < end; ) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // time to decode further, were the queue not bounded
            assertThat(decoded.get()).as("two queued and one waiting to be queued").isEqualTo(3);
            assertThat(ahead.next().micros()).isEqualTo(1);
            assertThat(ahead.next().micros()).isEqualTo(2);
            assertThat(ahead.next().micros()).isEqualTo(3);
            assertThatThrownBy(ahead::next).isInstanceOf(EaselException.class).hasMessage("clip.mp4: video data is corrupt");
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void closingReadAheadStopsADecoderThatWaitsForRoom() {
        AtomicInteger decoded = new AtomicInteger();
        ReadAhead ahead = new ReadAhead(() -> frame(decoded.incrementAndGet()), 1);
        ahead.close(); // returns only once the decoding thread has ended
        int after = decoded.get();
        assertThat(after).isLessThanOrEqualTo(2);
        assertThat(decoded.get()).isEqualTo(after);
    }

    @Test
    void writeBehindRunsTasksInOrderAndFinishWaitsForAll() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        try (WriteBehind behind = new WriteBehind(2)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                behind.submit(() -> done.add(n));
            }
            behind.finish();
            assertThat(done).hasSize(20).isSorted();
        }
    }

    @Test
    void aFailedTaskStopsTheRestAndIsThrownOnTheCallersThread() throws InterruptedException {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch failed = new CountDownLatch(1);
        try (WriteBehind behind = new WriteBehind(2)) {
            behind.submit(() -> done.add(1));
            behind.submit(() -> {
                failed.countDown();
                throw new EaselException("out.mp4: disk full");
            });
            failed.await();
            Thread.sleep(100);
            assertThatThrownBy(() -> behind.submit(() -> done.add(3))).hasMessage("out.mp4: disk full");
            assertThatThrownBy(behind::finish).hasMessage("out.mp4: disk full");
        }
        assertThat(done).containsExactly(1);
    }
}
