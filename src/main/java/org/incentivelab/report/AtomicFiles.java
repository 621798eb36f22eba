package org.incentivelab.report;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically (DESIGN §5): the content goes to a temporary file in the same folder, which is then
 * moved over the target, so a reader never sees a half-written file and a failed write leaves the old one.
 * The temporary file is synced to the disk before the move, so that after a crash the target is either the old
 * or the complete new content.
 */
public final class AtomicFiles {
    /** Something that writes bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        /** @param out the temporary file's stream @throws IOException if writing fails */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Something that writes text. */
    @FunctionalInterface
    public interface Text {
        /** @param out the temporary file's UTF-8 writer @throws IOException if writing fails */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * @param target the file to create or replace; its folder is created if missing
     * @param content writes the bytes
     * @throws IOException if the folder, the temporary file, the sync or the move fails (the target is then
     *     untouched)
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
                content.writeTo(out);
                out.getFD().sync(); // on disk before the move, so a crash cannot leave an empty target
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param target the file to create or replace
     * @param text writes the text (UTF-8)
     * @throws IOException if writing fails (the target is then untouched)
     */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(w);
            w.flush();
        });
    }
}
