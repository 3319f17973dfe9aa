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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OutputFile writes results so that a reader of the target path sees either the old file or the
 * complete new one, never a half-written file, and nothing is left behind when writing fails.
 *
 * <p>Only regular files are replaced. A device, FIFO or other special file is written through,
 * as a shell redirection would ({@code -o /dev/null} discards, a FIFO's reader gets the output);
 * replacing {@code /dev/null} with a regular file would break every other program on the machine.
 * A socket cannot be opened and is refused with the operating system's reason.
 */
public final class OutputFile {
  private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");
  /** MAX_LINKS bounds how many symbolic links we follow, as the kernel's ELOOP does. */
  private static final int MAX_LINKS = 40;

  /** PENDING holds the temporary files not yet renamed, for the shutdown hook to remove. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    // SIGTERM and SIGINT run shutdown hooks: a temporary file must not outlive the process.
    Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::removePending, "tmplpatch-temp-cleanup"));
  }

  private OutputFile() {}

  /**
   * writeAtomically writes bytes to a temporary file in the target's directory, forces it to
   * disk and renames it over the target (atomically where the file system can, else replacing).
   *
   * <p>A symbolic link is written through, like a shell redirection, rather than replaced. An
   * existing target keeps its permissions and, where the process may set them, its owner and
   * group; a new one gets rw-r--r--. A special file (device, FIFO) is written through.
   */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    writeAtomically(target, bytes, OutputFile::rename);
  }

  /** Rename moves the finished temporary file over the target; tests replace it to fail. */
  interface Rename {
    void move(Path temp, Path target) throws IOException;
  }

  static void writeAtomically(Path target, byte[] bytes, Rename rename) throws IOException {
    // What the name finally denotes, as the kernel follows links: this also follows the "magic"
    // links of /proc (-o /dev/stdout is /proc/self/fd/1, whose text is "pipe:[123]" for a pipe).
    BasicFileAttributes attrs = attributes(target);
    if (attrs != null && attrs.isDirectory()) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    if (attrs != null && !attrs.isRegularFile()) {
      writeThrough(target, bytes);
      return;
    }
    // A regular file is replaced where it really is; a new one is created where a (possibly
    // dangling) chain of links points.
    Path path = attrs != null ? target.toRealPath() : followLinks(target);
    Path dir = path.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new FileSystemException(target.toString(), null, "directory does not exist");
    }
    Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
    PENDING.add(temp);
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writeFully(ch, bytes);
        ch.force(true);
      }
      copyAttributes(path, attrs != null, temp);
      rename.move(temp, path);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
      PENDING.remove(temp);
    }
  }

  /** pendingTemporaryFiles returns the temporary files being written now, for tests. */
  static Set<Path> pendingTemporaryFiles() {
    return Set.copyOf(PENDING);
  }

  private static void removePending() {
    for (Path p : PENDING) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        // Nothing more can be done while the JVM shuts down.
      }
    }
  }

  // followLinks resolves a chain of symbolic links to the file they name (which may not exist).
  private static Path followLinks(Path target) throws IOException {
    Path path = target;
    for (int i = 0; Files.isSymbolicLink(path); i++) {
      if (i == MAX_LINKS) {
        throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(path);
      path = path.toAbsolutePath().resolveSibling(link).normalize();
    }
    return path;
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    } catch (FileSystemException e) {
      // ELOOP: Java words it "... or unable to access attributes of symbolic link".
      if (e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links")) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      throw e;
    }
  }

  // writeThrough writes into an existing special file, as `> FILE` in a shell does.
  private static void writeThrough(Path path, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
      writeFully(ch, bytes);
    }
  }

  private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      ch.write(buffer);
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

  // copyAttributes gives the temporary file (created rw------- and owned by us) the target's
  // mode, and its owner and group where we may set them (root may; others may keep the group
  // when they belong to it), so that replacing a file does not change who may read it.
  private static void copyAttributes(Path target, boolean exists, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    if (!exists) {
      view.setPermissions(NEW_FILE_PERMISSIONS);
      return;
    }
    PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes now = view.readAttributes();
    if (!old.group().equals(now.group())) {
      try {
        view.setGroup(old.group());
      } catch (IOException e) {
        // Not a member of the group: the file gets ours, as any editor's save would give it.
      }
    }
    if (!old.owner().equals(now.owner())) {
      try {
        view.setOwner(old.owner());
      } catch (IOException e) {
        // Only root may give a file away.
      }
    }
    // Set the mode last: changing the owner clears set-user-ID bits.
    view.setPermissions(old.permissions());
  }
}
