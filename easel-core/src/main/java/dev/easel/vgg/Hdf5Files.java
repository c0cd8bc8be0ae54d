package dev.easel.vgg;

import dev.easel.EaselException;
import io.jhdf.Superblock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Checks of a weights file's bytes made before HDF5 parsing, so a bad download gets a clear message. */
final class Hdf5Files {
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private Hdf5Files() {
    }

    /** MD5 of the file's bytes, lower-case hex. */
    static String md5(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new EaselException("Keras weights file " + name + " does not exist", e);
        } catch (IOException e) {
            throw new EaselException("Cannot read Keras weights file " + name + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JVM without MD5", e);
        }
    }

    /** Rejects files without an HDF5 signature and files shorter than their superblock says. */
    static void checkHeader(Path file, String name) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long at = signatureOffset(ch, size);
            if (at < 0) {
                throw new EaselException(name + " is not an HDF5 file (no HDF5 signature found); expected Keras"
                        + " weights such as vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5");
            }
            if (size - at < 56) { // the end-of-file field lies within the first 56 bytes of every superblock
                throw new EaselException(name + " is truncated: it has only " + size + " bytes, less than an HDF5"
                        + " header (incomplete download?); download it again");
            }
            Superblock superblock;
            try {
                superblock = Superblock.readSuperblock(ch, at);
            } catch (RuntimeException e) {
                throw new EaselException(name + " is a damaged HDF5 file: its superblock cannot be read: "
                        + e.getMessage(), e);
            }
            long expected = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
            if (expected > size) {
                throw new EaselException(name + " is truncated: the HDF5 header says it has " + expected
                        + " bytes but it has only " + size + " (incomplete download?); download it again");
            }
        } catch (IOException e) {
            throw new EaselException("Cannot read Keras weights file " + name + ": " + e.getMessage(), e);
        }
    }

    /** HDF5 superblocks sit at 0, 512, 1024, 2048, ... (after an optional user block); -1 when absent. */
    private static long signatureOffset(FileChannel ch, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(HDF5_SIGNATURE.length);
        for (long at = 0; at + HDF5_SIGNATURE.length <= size; at = at == 0 ? 512 : at * 2) {
            buf.clear();
            while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
                // keep reading
            }
            if (!buf.hasRemaining() && Arrays.equals(buf.array(), HDF5_SIGNATURE)) {
                return at;
            }
        }
        return -1;
    }
}
