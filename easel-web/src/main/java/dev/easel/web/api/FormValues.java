package dev.easel.web.api;

import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleLimits;
import dev.easel.web.methods.MethodInfo;

import java.util.Locale;

import static dev.easel.web.api.JobForm.printable;

/** The job form's text fields read into checked values; each problem is a 400 naming the field. */
final class FormValues {
    private FormValues() {
    }

    static int size(String value, MethodInfo info) {
        if (value == null || value.isBlank()) {
            return info.defaultSize();
        }
        int size;
        try {
            size = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("size must be a whole number of pixels, got '" + printable(value) + "'");
        }
        if (size < info.minSize() || size > info.maxSize()) {
            throw ApiException.badRequest("size must be between " + info.minSize() + " and " + info.maxSize()
                + " pixels for " + info.name() + ", got " + size);
        }
        return size;
    }

    static double number(String value, String field, double fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field + " must be a number, got '" + printable(value) + "'");
        }
    }

    static ColorPreservation colors(String value) {
        if (value == null || value.isBlank()) {
            return ColorPreservation.NONE;
        }
        try {
            return ColorPreservation.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("preserveColors must be none, luminance or histogram, got '" + printable(value) + "'");
        }
    }

    static double[] weights(String value, int styles) {
        double[] weights = new double[styles];
        java.util.Arrays.fill(weights, 1.0);
        if (value == null || value.isBlank()) {
            return weights;
        }
        String[] items = value.split(",", -1);
        if (items.length != styles) {
            throw ApiException.badRequest("styleWeights has " + items.length + " values for " + styles
                + " styles: give one weight per style, in the order the styles were sent");
        }
        for (int i = 0; i < styles; i++) {
            double weight = number(items[i], "each style weight", 1.0);
            ApiException.checkSetting(() -> StyleLimits.weight(weight));
            weights[i] = weight;
        }
        return weights;
    }

    /** Finishing iterations: a whole number from 0 to what the method offers (0 when it offers none). */
    static int refine(String value, MethodInfo info) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int refine;
        try {
            refine = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("refine must be a whole number of iterations, got '" + printable(value) + "'");
        }
        if (refine != 0 && info.maxRefine() == 0) {
            throw ApiException.badRequest("refine finishes a network's picture; " + info.name() + " does not take it");
        }
        if (refine < 0 || refine > info.maxRefine()) {
            throw ApiException.badRequest("refine must be between 0 and " + info.maxRefine() + " for " + info.name()
                + ", got " + refine);
        }
        return refine;
    }
}
