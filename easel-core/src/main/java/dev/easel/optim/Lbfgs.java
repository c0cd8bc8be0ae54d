package dev.easel.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Projected L-BFGS for box constraints: the two-loop recursion runs on the free variables only (those
 * not pinned at a bound by the gradient), steps are projected back into the box, and a backtracking
 * Armijo line search runs along the projected path. Unlike plain L-BFGS followed by clipping, the image
 * the user gets is the one that was optimized.
 */
public final class Lbfgs implements Optimizer {
    private final int history;
    private final double functionTolerance;
    private final double gradientTolerance;
    private final int maxLineSearchSteps;

    public Lbfgs() {
        this(10, 1e-9, 1e-7, 12);
    }

    /**
     * @param history             (s, y) pairs kept
     * @param functionTolerance   stop when the relative decrease of one iteration is below this
     * @param gradientTolerance   stop when the largest projected gradient entry is below this
     * @param maxLineSearchSteps  halvings of the step before giving up on a direction
     */
    public Lbfgs(int history, double functionTolerance, double gradientTolerance, int maxLineSearchSteps) {
        this.history = history;
        this.functionTolerance = functionTolerance;
        this.gradientTolerance = gradientTolerance;
        this.maxLineSearchSteps = maxLineSearchSteps;
    }

    @Override
    public String name() {
        return "lbfgs";
    }

    @Override
    public OptimizationResult minimize(Objective objective, NDArray start, Bounds bounds, int iterations,
                                       IterationListener listener) {
        NDManager owner = start.getManager();
        NDArray x = start.clip(bounds.lower(), bounds.upper());
        Evaluation current = objective.evaluate(x);
        int evaluations = 1;
        Deque<Pair> memory = new ArrayDeque<>();
        String reason = "iterations";
        int it = 0;
        while (it < iterations) {
            List<NDArray> live = new ArrayList<>(List.of(x, current.gradient()));
            memory.forEach(p -> live.addAll(List.of(p.s, p.y)));
            int stalePairs = 0;
            boolean gradientStep = memory.isEmpty();
            Evaluation next = null;
            NDArray xNext = null;
            try (StepScope scope = new StepScope(owner, live)) {
                NDArray g = current.gradient();
                NDArray free = freeMask(x, g, bounds);
                NDArray pg = g.mul(free);
                float largest = pg.abs().max().getFloat();
                if (largest < gradientTolerance) {
                    reason = "converged";
                    break;
                }
                NDArray d = twoLoop(pg, memory).neg().mul(free);
                if (!(g.dot(d).getFloat() < 0)) {
                    // not a descent direction: drop the curvature pairs and fall back to the gradient
                    stalePairs = memory.size();
                    gradientStep = true;
                    d = pg.neg();
                }
                // Without curvature information the scale is unknown: move the largest pixel by one unit.
                double t = gradientStep ? 1.0 / largest : 1.0;
                for (int ls = 0; ls < maxLineSearchSteps && next == null; ls++, t *= 0.5) {
                    NDArray candidate = x.add(d.mul(t)).clip(bounds.lower(), bounds.upper());
                    Evaluation e = objective.evaluate(candidate);
                    evaluations++;
                    double decrease = g.dot(candidate.sub(x)).getFloat();
                    if (Double.isFinite(e.value()) && e.value() <= current.value() + 1e-4 * decrease) {
                        xNext = scope.keep(candidate);
                        next = e;
                        scope.keep(e.gradient());
                    }
                }
                if (next == null && gradientStep) {
                    reason = "line search failed";
                    break;
                }
                if (next == null) {
                    stalePairs = memory.size();
                } else {
                    NDArray s = xNext.sub(x);
                    NDArray y = next.gradient().sub(g);
                    double sy = s.dot(y).getFloat();
                    if (sy > 1e-10 * y.dot(y).getFloat()) {
                        memory.addLast(new Pair(scope.keep(s), scope.keep(y), 1.0 / sy));
                    }
                }
            }
            for (int i = 0; i < stalePairs; i++) {
                memory.removeFirst().close();
            }
            while (memory.size() > history) {
                memory.removeFirst().close();
            }
            if (next == null) {
                continue; // the curvature pairs misled the line search: retry from the gradient
            }
            double previous = current.value();
            x.close();
            current.gradient().close();
            x = xNext;
            current = next;
            it++;
            if (!listener.onIteration(it, current, x)) {
                reason = "cancelled";
                break;
            }
            // A gradient step is deliberately small, so only quasi-Newton steps can signal convergence.
            if (!gradientStep && previous - current.value() <= functionTolerance * Math.max(1.0, Math.abs(previous))) {
                reason = "converged";
                break;
            }
        }
        clear(memory);
        current.gradient().close();
        return new OptimizationResult(x, current.loss(), it, evaluations, reason);
    }

    /** 1 where a variable may move, 0 where it sits on a bound and the gradient pushes it outward. */
    static NDArray freeMask(NDArray x, NDArray g, Bounds bounds) {
        NDArray atLower = x.lte(bounds.lower()).logicalAnd(g.gt(0));
        NDArray atUpper = x.gte(bounds.upper()).logicalAnd(g.lt(0));
        return atLower.logicalOr(atUpper).logicalNot().toType(x.getDataType(), false);
    }

    /** Applies the L-BFGS inverse-Hessian estimate to {@code q}. */
    private static NDArray twoLoop(NDArray q, Deque<Pair> memory) {
        if (memory.isEmpty()) {
            return q;
        }
        double[] alpha = new double[memory.size()];
        int i = memory.size() - 1;
        var newestFirst = memory.descendingIterator();
        while (newestFirst.hasNext()) {
            Pair p = newestFirst.next();
            alpha[i] = p.rho * p.s.dot(q).getFloat();
            q = q.sub(p.y.mul(alpha[i]));
            i--;
        }
        Pair newest = memory.peekLast();
        double gamma = 1.0 / (newest.rho * newest.y.dot(newest.y).getFloat());
        NDArray r = q.mul(gamma);
        i = 0;
        for (Pair p : memory) {
            double beta = p.rho * p.y.dot(r).getFloat();
            r = r.add(p.s.mul(alpha[i] - beta));
            i++;
        }
        return r;
    }

    private static void clear(Deque<Pair> memory) {
        memory.forEach(Pair::close);
        memory.clear();
    }

    private record Pair(NDArray s, NDArray y, double rho) implements AutoCloseable {
        @Override
        public void close() {
            s.close();
            y.close();
        }
    }
}
