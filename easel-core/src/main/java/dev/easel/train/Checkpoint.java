package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.io.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Everything needed to continue training exactly: parameters and Adam moments (full fp32), the step,
 * the data generator's state and the time spent so far. Written atomically, so a crash while saving
 * leaves the previous checkpoint intact.
 *
 * @param settings the run's settings, so a resume with different ones is refused instead of mixing runs
 * @param arrays  parameters, then first moments, then second moments, each in parameter order
 * @param adamStart the step Adam's moments started from (not 0 where a run continued from a saved model)
 */
public record Checkpoint(int step, double elapsedSeconds, Random random, String settings, NDList arrays, int adamStart) {
    public static final String FILE = "checkpoint.bin";

    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeInt(step);
                out.writeDouble(elapsedSeconds);
                out.writeObject(random);
                out.writeUTF(settings);
                out.writeObject(arrays.encode());
                out.writeInt(adamStart);
            }
            AtomicFiles.replace(dir.resolve(FILE), bytes.toByteArray());
        } catch (IOException e) {
            throw new EaselException("cannot write checkpoint in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Checkpoints written before runs could continue from a model end before it: their moments start at 0. */
    private static int adamStart(ObjectInputStream in) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            return 0;
        }
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    public static Checkpoint load(Path dir, NDManager manager) {
        Path file = dir.resolve(FILE);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            int step = in.readInt();
            double elapsed = in.readDouble();
            Random random = (Random) in.readObject();
            String settings = in.readUTF();
            NDList arrays = NDList.decode(manager, (byte[]) in.readObject());
            for (NDArray a : arrays) {
                // decoded arrays may point at Java memory: give the engine its own copy
                a.intern(a.duplicate());
            }
            int adamStart = adamStart(in);
            return new Checkpoint(step, elapsed, random, settings, arrays, adamStart);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new EaselException(file + ": cannot read checkpoint (" + e.getMessage() + ")", e);
        }
    }
}
