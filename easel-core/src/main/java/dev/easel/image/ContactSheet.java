package dev.easel.image;

import java.util.List;

/** Lays pictures side by side at a common height, on white: content | style | result sheets for docs. */
public final class ContactSheet {
    private ContactSheet() {
    }

    public static Picture row(List<Picture> pictures, int height, int gap) {
        if (pictures.isEmpty()) {
            throw new IllegalArgumentException("nothing to lay out");
        }
        Picture[] scaled = new Picture[pictures.size()];
        int width = gap * (pictures.size() - 1);
        for (int i = 0; i < scaled.length; i++) {
            Picture p = pictures.get(i);
            int w = Math.max(1, Math.round((float) p.width() * height / p.height()));
            scaled[i] = Resizer.resize(p, w, height);
            width += w;
        }
        Picture sheet = Picture.blank(width, height);
        java.util.Arrays.fill(sheet.data(), 255f);
        int x0 = 0;
        for (Picture p : scaled) {
            Pictures.paste(p, 0, 0, p.width(), height, sheet, x0, 0);
            x0 += p.width() + gap;
        }
        return sheet;
    }

    /** Stacks rows (e.g. from {@link #row}) top to bottom, left-aligned, on white. */
    public static Picture column(List<Picture> rows, int gap) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("nothing to lay out");
        }
        int width = rows.stream().mapToInt(Picture::width).max().orElseThrow();
        int height = rows.stream().mapToInt(Picture::height).sum() + gap * (rows.size() - 1);
        Picture sheet = Picture.blank(width, height);
        java.util.Arrays.fill(sheet.data(), 255f);
        int y0 = 0;
        for (Picture r : rows) {
            Pictures.paste(r, 0, 0, r.width(), r.height(), sheet, 0, y0);
            y0 += r.height() + gap;
        }
        return sheet;
    }
}
