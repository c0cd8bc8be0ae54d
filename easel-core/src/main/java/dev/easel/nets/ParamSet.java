package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A network's named parameters, in declaration order. Values are engine-owned float32 arrays that are
 * never part of an autograd graph themselves: training reads them through per-step leaf copies
 * ({@link #leaves}), so gradients never accumulate and nothing needs zeroing.
 */
public final class ParamSet implements AutoCloseable {
    private final NDManager manager;
    private final Map<String, NDArray> values = new LinkedHashMap<>();

    public ParamSet(NDManager parent) {
        this.manager = parent.newSubManager();
    }

    /** Declares a parameter filled from Java data (copied into engine memory). */
    public void put(String name, float[] data, Shape shape) {
        try (NDArray javaBacked = manager.create(data, shape)) {
            NDArray owned = javaBacked.duplicate();
            NDArray old = values.put(name, owned);
            if (old != null) {
                old.close();
            }
        }
    }

    /** He-normal initialisation for a weight with the given fan-in, from a seeded generator. */
    public void initNormal(String name, Shape shape, long fanIn, Random random) {
        float[] data = new float[(int) shape.size()];
        double std = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (random.nextGaussian() * std);
        }
        put(name, data, shape);
    }

    public void initConstant(String name, Shape shape, float value) {
        float[] data = new float[(int) shape.size()];
        java.util.Arrays.fill(data, value);
        put(name, data, shape);
    }

    public NDArray get(String name) {
        NDArray a = values.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return a;
    }

    public Map<String, NDArray> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Replaces a value in place of the old one (the optimizer's update). */
    public void replace(String name, NDArray value) {
        NDArray old = values.put(name, value);
        value.attach(manager);
        if (old != null && old != value) {
            old.close();
        }
    }

    /** Leaf copies that require gradients, owned by {@code step}: one training step's view of the weights. */
    public Map<String, NDArray> leaves(NDManager step) {
        return leaves(step, name -> true);
    }

    /** As {@link #leaves(NDManager)}, but only {@code trainable} parameters collect gradients. */
    public Map<String, NDArray> leaves(NDManager step, java.util.function.Predicate<String> trainable) {
        Map<String, NDArray> leaves = new LinkedHashMap<>();
        for (Map.Entry<String, NDArray> e : values.entrySet()) {
            NDArray leaf = e.getValue().duplicate();
            leaf.attach(step);
            leaf.setRequiresGradient(trainable.test(e.getKey()));
            leaves.put(e.getKey(), leaf);
        }
        return leaves;
    }

    public long count() {
        return values.values().stream().mapToLong(NDArray::size).sum();
    }

    public NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
