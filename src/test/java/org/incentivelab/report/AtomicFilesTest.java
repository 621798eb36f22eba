package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteTheContentIntoANewFolder() throws IOException {
        Path target = dir.resolve("sub/out.bin");
        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), bytes(target));
        assertEquals(List.of(target.getFileName()), files(target.getParent()));
    }

    @Test
    void shouldReplaceAnExistingFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        AtomicFiles.writeText(target, w -> w.write("new ✓"));
        assertEquals("new ✓", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target.getFileName()), files(dir));
    }

    @Test
    void shouldLeaveTheOldFileAndNoTemporaryFileWhenWritingFails() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("writer failed");
        }));
        assertEquals("writer failed", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target.getFileName()), files(dir));
    }

    private static List<Byte> bytes(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return java.util.stream.IntStream.range(0, b.length).mapToObj(i -> b[i]).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }
}
