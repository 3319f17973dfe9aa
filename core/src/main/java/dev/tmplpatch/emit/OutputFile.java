package dev.tmplpatch.emit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * OutputFile writes results so that a reader of the target path sees either the old file or the
 * complete new one, never a half-written file, and nothing is left behind when writing fails.
 */
public final class OutputFile {
  private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");

  private OutputFile() {}

  /**
   * writeAtomically writes bytes to a temporary file in the target's directory, forces it to
   * disk and renames it over the target (atomically where the file system can, else replacing).
   *
   * <p>A symbolic link is written through, like a shell redirection, rather than replaced. An
   * existing target keeps its permissions; a new one gets rw-r--r--.
   */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    writeAtomically(target, bytes, OutputFile::rename);
  }

  /** Rename moves the finished temporary file over the target; tests replace it to fail. */
  interface Rename {
    void move(Path temp, Path target) throws IOException;
  }

  static void writeAtomically(Path target, byte[] bytes, Rename rename) throws IOException {
    Path path = target;
    if (Files.isSymbolicLink(path)) {
      Path link = Files.readSymbolicLink(path);
      path = path.toAbsolutePath().resolveSibling(link).normalize();
    }
    if (Files.isDirectory(path)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    Path dir = path.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new FileSystemException(target.toString(), null, "directory does not exist");
    }
    Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      copyPermissions(path, temp);
      rename.move(temp, path);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void rename(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems cannot rename atomically; a plain replacing move is the best
      // remaining choice and still never leaves a truncated target.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // copyPermissions gives the temporary file (created rw-------) the target's mode, so that
  // replacing a file does not silently change who may read it.
  private static void copyPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target, LinkOption.NOFOLLOW_LINKS)
            ? Files.getPosixFilePermissions(target)
            : NEW_FILE_PERMISSIONS;
    Files.setPosixFilePermissions(temp, perms);
  }
}
