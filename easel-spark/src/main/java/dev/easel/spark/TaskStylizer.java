package dev.easel.spark;

import dev.easel.EaselException;
import dev.easel.cli.StylizeFlags;
import dev.easel.cli.batch.FailureReason;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.memory.MemoryLimitException;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.StyleRequest;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

import java.util.Iterator;
import java.util.function.BiFunction;

/**
 * A Spark task's stylizer: borrowed from this JVM's {@link StylizerPool} when the task starts and given back when it
 * ends, with PyTorch's threads set from the task's cores. What both the Dataset API and the job run for every photo:
 * a photo that cannot be read or stylized, or whose output would not fit the task's share of the executor's memory
 * ({@link ExecutorMemory}), comes back as an error, never as a failed task or an OutOfMemoryError.
 */
final class TaskStylizer {
    /** The encoded result and its size, or the error (null on success). */
    record Result(byte[] bytes, Integer width, Integer height, String error) {
        static Result failed(String error) {
            return new Result(null, null, null, error);
        }
    }

    private final StylizerPool.Loaded loaded;
    private final TaskContext task;
    private final OutputFormat format;
    private final ExecutorMemory memory;

    private TaskStylizer(StylizerPool.Loaded loaded, TaskContext task, OutputFormat format, ExecutorMemory memory) {
        this.loaded = loaded;
        this.task = task;
        this.format = format;
        this.memory = memory;
    }

    /** Borrows a stylizer for the running task (or, outside a task, for good). */
    private static TaskStylizer borrow(StylizeFlags flags, Configuration conf, OutputFormat format) {
        EngineThreads.useTaskCpus();
        StylizerPool.Loaded loaded = StylizerPool.borrow(flags, conf);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) t -> StylizerPool.release(flags, loaded));
        }
        return new TaskStylizer(loaded, task, format, ExecutorMemory.here(flags.maxMemory()));
    }

    /**
     * {@code items} turned one by one by {@code work} as Spark reads them (a partition is streamed, never held whole),
     * with a stylizer borrowed for the running task: what both the Dataset API and the job do with a partition.
     */
    static <T, R> Iterator<R> map(Iterator<T> items, StylizeFlags flags, Configuration conf, OutputFormat format,
                                  BiFunction<T, TaskStylizer, R> work) {
        TaskStylizer stylizer = borrow(flags, conf, format);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public R next() {
                return work.apply(items.next(), stylizer);
            }
        };
    }

    /** Decodes, stylizes and encodes one photo; {@code name} is what messages call it. */
    Result stylize(String name, byte[] content) {
        try {
            if (content == null) {
                throw new EaselException(name + ": no content");
            }
            Picture photo = ImageReader.read(content, name, loaded.flags().maxPixels());
            Cancellation cancellation = Cancellation.none();
            Picture out = loaded.stylizer().stylize(checkedRequest(name, photo), p -> {
                if (task != null && task.isInterrupted()) { // a killed task (job cancelled, speculation lost) stops early
                    cancellation.cancel();
                }
            }, cancellation);
            return new Result(ImageWriter.encode(out, format.name()), out.width(), out.height(), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return Result.failed(FailureReason.of(e));
        }
    }

    /** The photo's request, refused before any work when it would not fit this task's share of the executor's memory. */
    private StyleRequest checkedRequest(String name, Picture photo) {
        try {
            return loaded.flags().checkedRequest(photo, loaded.styles(), memory.perTask());
        } catch (MemoryLimitException e) {
            throw new MemoryLimitException(name + ": " + e.getMessage() + (memory.tasks() == 1 ? "" : ", " + memory.explanation()));
        }
    }
}
