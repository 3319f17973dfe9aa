package dev.tmplpatch.maven;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * AtomicFile writes a file through a temporary sibling and a move, so that readers (and a build
 * that stops half-way) see the old file or the new one, never a mix.
 *
 * <p>Replace by dev.tmplpatch.emit.OutputFile.writeAtomically when the emit branch lands.
 */
final class AtomicFile {

  private AtomicFile() {}

  /** write replaces the file's bytes, creating missing parent directories. */
  static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
