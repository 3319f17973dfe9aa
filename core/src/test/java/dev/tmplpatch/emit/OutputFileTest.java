package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  private List<Path> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("patch.json");
    OutputFile.writeAtomically(out, "{}\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("{}\n", Files.readString(out));
    assertEquals(List.of(out), listing());
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void replacesAnExistingFileKeepingItsPermissions() throws IOException {
    Path out = dir.resolve("cm.yaml");
    Files.writeString(out, "old content that is longer than the new one\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
    OutputFile.writeAtomically(out, "new\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("new\n", Files.readString(out));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals(List.of(out), listing());
  }

  @Test
  void writesThroughASymbolicLinkInsteadOfReplacingIt() throws IOException {
    Path real = dir.resolve("real.yaml");
    Files.writeString(real, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real.getFileName());
    OutputFile.writeAtomically(link, "new\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(real));
  }

  @Test
  void refusesADirectoryAndLeavesItAlone() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThrows(IOException.class, () -> OutputFile.writeAtomically(sub, new byte[] {1}));
    assertTrue(Files.isDirectory(sub));
    assertEquals(List.of(sub), listing());
  }

  @Test
  void failsInAMissingDirectoryWithoutCreatingIt() {
    Path out = dir.resolve("missing/out.yaml");
    assertThrows(IOException.class, () -> OutputFile.writeAtomically(out, new byte[] {1}));
    assertTrue(Files.notExists(dir.resolve("missing")));
  }

  @Test
  void leavesTheOldFileAndNoTemporaryFileWhenTheRenameFails() throws IOException {
    Path out = dir.resolve("keep.yaml");
    Files.writeString(out, "old\n");
    List<Path> seenTemps = new java.util.ArrayList<>();
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                OutputFile.writeAtomically(
                    out,
                    "new\n".getBytes(StandardCharsets.UTF_8),
                    (temp, target) -> {
                      seenTemps.add(temp);
                      assertEquals("new\n", Files.readString(temp));
                      assertEquals(dir, temp.getParent());
                      throw new IOException("disk on fire");
                    }));
    assertEquals("disk on fire", e.getMessage());
    assertEquals(1, seenTemps.size());
    assertEquals("old\n", Files.readString(out));
    assertEquals(List.of(out), listing());
  }
}
