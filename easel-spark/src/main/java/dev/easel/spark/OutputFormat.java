package dev.easel.spark;

/** The encoding of the results: the file extension and {@code ImageWriter}'s format name. */
public enum OutputFormat {
    png, jpg, webp
}
