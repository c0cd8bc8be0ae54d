package dev.easel.vgg;

/** VGG's 2x2 pooling: max as trained, or average, which Gatys et al. found gives smoother results. */
public enum Pooling {
    MAX, AVG
}
