package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.nets.ParamSet;
import dev.easel.optim.AdamRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A network's parameters with their Adam moments: the per-step update from the leaves' gradients, and the
 * arrays a checkpoint stores (parameters, then first moments, then second moments, in declaration order)
 * and restores. Shared by every trainer.
 */
final class AdamState {
    private final ParamSet params;
    private final NDManager owner;
    private final Map<String, NDArray[]> moments = new LinkedHashMap<>();

    /** Zero moments for every parameter of {@code params}, owned by {@code owner}. */
    AdamState(ParamSet params, NDManager owner) {
        this.params = params;
        this.owner = owner;
        for (String name : params.values().keySet()) {
            NDArray p = params.get(name);
            NDArray[] m = {p.zerosLike(), p.zerosLike()};
            attach(m);
            moments.put(name, m);
        }
    }

    /**
     * One Adam step on the parameters that are {@code trainable}, from the gradients of their per-step
     * {@code leaves} (read here, before the step's manager closes).
     *
     * @param step 1-based, for bias correction
     */
    void update(Map<String, NDArray> leaves, Predicate<String> trainable, double learningRate, int step) {
        updateAtRates(leaves, name -> trainable.test(name) ? 1 : 0, learningRate, step);
    }

    /** As above, each parameter at {@code rate(name)} times the learning rate (0: not trained). */
    void updateAtRates(Map<String, NDArray> leaves, ToDoubleFunction<String> rate, double learningRate, int step) {
        for (Map.Entry<String, NDArray> e : leaves.entrySet()) {
            double scale = rate.applyAsDouble(e.getKey());
            if (scale == 0) {
                continue;
            }
            AdamRule adam = AdamRule.withLearningRate(learningRate * scale);
            NDArray[] m = moments.get(e.getKey());
            NDArray gradient = e.getValue().getGradient();
            gradient.attach(e.getValue().getManager());
            NDArray[] next = adam.update(params.get(e.getKey()), gradient, m[0], m[1], step);
            attach(next);
            m[0].close();
            m[1].close();
            moments.put(e.getKey(), new NDArray[] {next[1], next[2]});
            params.replace(e.getKey(), next[0]);
        }
    }

    /** What a checkpoint stores: parameters, first moments, second moments. */
    NDList checkpointArrays() {
        NDList arrays = new NDList();
        params.values().values().forEach(arrays::add);
        moments.values().forEach(m -> arrays.add(m[0]));
        moments.values().forEach(m -> arrays.add(m[1]));
        return arrays;
    }

    /**
     * Takes parameters and moments from checkpoint arrays (as {@link #checkpointArrays} wrote them).
     *
     * @param mismatch the error message when they do not match the network
     */
    void restore(List<NDArray> arrays, String mismatch) {
        List<String> names = new ArrayList<>(params.values().keySet());
        int n = names.size();
        if (arrays.size() != 3 * n) {
            throw new EaselException(mismatch);
        }
        for (int i = 0; i < n; i++) {
            if (!arrays.get(i).getShape().equals(params.get(names.get(i)).getShape())) {
                throw new EaselException(mismatch + " (" + names.get(i) + ")");
            }
        }
        for (int i = 0; i < n; i++) {
            params.replace(names.get(i), arrays.get(i));
            NDArray[] m = moments.get(names.get(i));
            m[0].close();
            m[1].close();
            NDArray[] restored = {arrays.get(n + i), arrays.get(2 * n + i)};
            attach(restored);
            moments.put(names.get(i), restored);
        }
    }

    private void attach(NDArray[] arrays) {
        for (NDArray a : arrays) {
            a.attach(owner);
        }
    }
}
