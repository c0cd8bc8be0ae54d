package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A picture at a given height with its name written below it, for contact sheets people can read. */
final class SheetLabels {
    private SheetLabels() {
    }

    /** {@code picture} scaled to {@code height}, with {@code label} centred on a white strip under it. */
    static Picture labelled(Picture picture, String label, int height) {
        int w = Math.max(1, Math.round((float) picture.width() * height / picture.height()));
        BufferedImage scaled = ImageReader.toBufferedImage(Resizer.resize(picture, w, height));
        int strip = Math.max(14, height / 10);
        BufferedImage out = new BufferedImage(w, height + strip, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, height + strip);
            g.drawImage(scaled, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, strip * 7 / 10)));
            g.setColor(Color.DARK_GRAY);
            FontMetrics m = g.getFontMetrics();
            String text = label;
            while (text.length() > 1 && m.stringWidth(text) > w - 4) { // too long for the picture: cut with an ellipsis
                text = text.substring(0, text.length() - 2) + "…";
            }
            g.drawString(text, Math.max(2, (w - m.stringWidth(text)) / 2), height + (strip + m.getAscent() - m.getDescent()) / 2);
        } finally {
            g.dispose();
        }
        return ImageReader.fromBufferedImage(out);
    }
}
