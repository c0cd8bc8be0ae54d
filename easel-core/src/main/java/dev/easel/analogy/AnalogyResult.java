package dev.easel.analogy;

import dev.easel.image.Picture;

/** The synthesized B' and where each of its pixels came from in A'. */
public record AnalogyResult(Picture picture, SourceMap sources) {
}
