package dev.easel.cli;

import dev.easel.cli.StylizeOptions.Method;
import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.names.StyleNames;
import dev.easel.stylize.StyleInput;

import java.util.ArrayList;
import java.util.List;

/**
 * The styles a run's flags name, as the stylizer takes them: paintings by file or name (gatys, arbitrary), a
 * model's styles by name (multi, checked before any work), the model itself (realtime). Style images and masks
 * are read here, once, so a batch or a video does not reread them per photo or frame.
 */
final class RunStyles {
    private RunStyles() {
    }

    static List<StyleInput> read(StylizeOptions o) {
        StyleNames names = StyleNames.standard();
        List<StyleInput> inputs = new ArrayList<>();
        if (o.method == Method.realtime) {
            inputs.add(new StyleInput(null, o.model, 1.0));
            return inputs;
        }
        for (int i = 0; i < o.styles.size(); i++) {
            double w = o.styleWeights == null ? 1.0 : o.styleWeights.get(i);
            Picture mask = o.styleMasks == null ? null : ImageReader.read(o.styleMasks.get(i), o.maxPixels);
            String style = o.styles.get(i).toString();
            if (o.method == Method.multi) {
                names.modelStyle(o.model != null ? o.model : StylizeOptions.DEFAULT_MULTI_MODEL, style);
                inputs.add(new StyleInput(null, style, w, mask));
            } else {
                inputs.add(new StyleInput(ImageReader.read(names.painting(style), o.maxPixels), o.styles.get(i).getFileName().toString(), w, mask));
            }
        }
        return inputs;
    }
}
