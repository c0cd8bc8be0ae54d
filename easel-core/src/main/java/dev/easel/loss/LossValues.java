package dev.easel.loss;

/** Weighted loss values of one evaluation. */
public record LossValues(double content, double style, double tv, double total) {
    @Override
    public String toString() {
        return String.format("total %.4g (content %.4g, style %.4g, tv %.4g)", total, content, style, tv);
    }
}
