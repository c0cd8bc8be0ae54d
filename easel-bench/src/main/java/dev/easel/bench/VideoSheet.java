package dev.easel.bench;

import dev.easel.image.ContactSheet;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.video.Chunk;
import dev.easel.video.VideoReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A contact sheet of videos: one row per video, the same evenly spaced frames in each, for docs and reviews. */
final class VideoSheet {
    private VideoSheet() {
    }

    /** Writes {@code frames} frames of each video (first to last, evenly spaced), rows of {@code height} px. */
    static void write(Path output, int height, int frames, List<Path> videos, boolean replace) {
        List<Picture> rows = new ArrayList<>();
        for (Path video : videos) {
            rows.add(ContactSheet.row(frames(video, frames), height, 6));
        }
        ImageWriter.write(ContactSheet.column(rows, 6), output, replace);
    }

    private static List<Picture> frames(Path video, int count) {
        List<Picture> picked = new ArrayList<>();
        try (VideoReader reader = VideoReader.open(video)) {
            long total = reader.info().frames();
            int index = 0;
            for (Chunk c = reader.next(); c != null && picked.size() < count; c = reader.next()) {
                if (c instanceof Chunk.Image image) {
                    // frame k of count sits at k/(count-1) of the way, the last one on the last frame
                    long wanted = count == 1 ? 0 : Math.round((double) picked.size() * (total - 1) / (count - 1));
                    if (index++ >= wanted) {
                        picked.add(image.picture());
                    }
                }
            }
        }
        return picked;
    }
}
