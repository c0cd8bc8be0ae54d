package dev.easel.spark;

import dev.easel.EaselException;
import dev.easel.cli.batch.InputFiles;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The photos under the input, found as {@code easel batch} finds them in a folder: image files by extension, hidden
 * files (temporary ones included) never, subfolders with --recursive, the output folder never. Listed once, on the
 * driver, through the file system's own listing (one call per folder on HDFS, paged on S3).
 */
final class PhotoListing {
    /** A photo: its absolute path and its path below the input, which the output mirrors. */
    record Photo(String path, String relative) {
    }

    private PhotoListing() {
    }

    static List<Photo> list(FileSystem fs, Path input, boolean recursive, Path skip) {
        FileStatus root;
        try {
            root = fs.getFileStatus(input);
        } catch (FileNotFoundException e) {
            throw new EaselException(input + ": no such file or folder");
        } catch (IOException e) {
            throw new EaselException(input + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (root.isFile()) {
            return List.of(new Photo(root.getPath().toString(), root.getPath().getName()));
        }
        String base = HadoopFiles.folderPrefix(input);
        String skipped = skip == null ? null : HadoopFiles.folderPrefix(skip);
        List<Photo> photos = new ArrayList<>();
        try {
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(input, recursive);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                String path = file.toUri().getPath();
                String relative = path.substring(base.length());
                if ((skipped == null || !path.startsWith(skipped)) && !hidden(relative) && InputFiles.isImageName(file.getName())) {
                    photos.add(new Photo(file.toString(), relative));
                }
            }
        } catch (IOException e) {
            throw new EaselException(input + ": cannot list files (" + e.getMessage() + ")", e);
        }
        photos.sort(Comparator.comparing(Photo::path));
        return photos;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
