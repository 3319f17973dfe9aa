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

  @Test
  void writesThroughDevNullInsteadOfReplacingIt() throws IOException {
    Path devNull = Path.of("/dev/null");
    OutputFile.writeAtomically(devNull, "discarded\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.isReadable(devNull));
    assertEquals("character", fileType(devNull));
    assertEquals(0, Files.size(devNull));
    assertEquals(List.of(), List.copyOf(OutputFile.pendingTemporaryFiles()));
  }

  @Test
  void writesThroughASymbolicLinkToDevNull() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("sink"), Path.of("/dev/null"));
    OutputFile.writeAtomically(link, "x\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("character", fileType(Path.of("/dev/null")));
    assertEquals(List.of(link), listing());
  }

  @Test
  void aFullDeviceIsAnErrorWithTheSystemsReason() {
    IOException e = assertThrows(IOException.class,
        () -> OutputFile.writeAtomically(Path.of("/dev/full"), "x\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("No space left on device", e.getMessage());
    assertEquals("character", fileType(Path.of("/dev/full")));
  }

  @Test
  void writesThroughAFifoToItsReader() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
    java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    byte[] payload = "a: 1\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    OutputFile.writeAtomically(fifo, payload);
    assertArrayEquals(payload, read.get(30, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals("fifo", fileType(fifo));
    assertEquals(List.of(fifo), listing());
  }

  @Test
  void followsAChainOfSymbolicLinks() throws IOException {
    Path real = dir.resolve("real.yaml");
    Files.writeString(real, "old\n");
    Path one = Files.createSymbolicLink(dir.resolve("one"), real.getFileName());
    Path two = Files.createSymbolicLink(dir.resolve("two"), one.getFileName());
    OutputFile.writeAtomically(two, "new\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.isSymbolicLink(one));
    assertTrue(Files.isSymbolicLink(two));
    assertEquals("new\n", Files.readString(real));
  }

  @Test
  void aLoopOfSymbolicLinksIsRefused() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b.getFileName());
    Files.createSymbolicLink(b, a.getFileName());
    IOException e = assertThrows(IOException.class, () -> OutputFile.writeAtomically(a, new byte[] {1}));
    assertEquals(a + ": too many levels of symbolic links", e.getMessage());
    assertEquals(List.of(a, b), listing());
  }

  @Test
  void replacingAFileKeepsItsOwnerAndGroupWhereTheProcessMay() throws IOException {
    Path out = dir.resolve("owned.yaml");
    Files.writeString(out, "old\n");
    java.nio.file.attribute.UserPrincipalLookupService users = out.getFileSystem().getUserPrincipalLookupService();
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Files.setOwner(out, users.lookupPrincipalByName("nobody"));
      Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class)
          .setGroup(users.lookupPrincipalByGroupName("nogroup"));
    }
    var before = Files.readAttributes(out, java.nio.file.attribute.PosixFileAttributes.class);
    OutputFile.writeAtomically(out, "new\n".getBytes(StandardCharsets.UTF_8));
    var after = Files.readAttributes(out, java.nio.file.attribute.PosixFileAttributes.class);
    assertEquals("new\n", Files.readString(out));
    assertEquals(before.owner(), after.owner());
    assertEquals(before.group(), after.group());
    assertEquals(before.permissions(), after.permissions());
  }

  @Test
  void aWriteFailureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("keep.yaml");
    Files.writeString(out, "old\n");
    assertThrows(IOException.class, () -> OutputFile.writeAtomically(out, new byte[] {1},
        (temp, target) -> {
          assertEquals(java.util.Set.of(temp), OutputFile.pendingTemporaryFiles());
          throw new java.nio.file.FileSystemException(temp.toString(), null, "No space left on device");
        }));
    assertEquals("old\n", Files.readString(out));
    assertEquals(List.of(out), listing());
    assertEquals(java.util.Set.of(), OutputFile.pendingTemporaryFiles());
  }

  @Test
  void sigtermWhileWritingRemovesTheTemporaryFile() throws Exception {
    Path out = dir.resolve("big.yaml");
    Files.writeString(out, "old\n");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        StalledWrite.class.getName(), out.toString())
        .redirectErrorStream(true)
        .start();
    java.io.BufferedReader r = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("writing", r.readLine());
    assertEquals(2, listing().size(), "the temporary file exists while the rename waits");
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(143, p.exitValue());
    assertEquals(List.of(out), listing());
    assertEquals("old\n", Files.readString(out));
  }

  @Test
  void devStdoutIsWrittenThroughToWhateverStandardOutputIs() throws Exception {
    Path file = dir.resolve("redirected.txt");
    Files.writeString(file, "old content, longer than the new one\n");
    Process toFile = new ProcessBuilder(javaCommand(WriteTo.class, "/dev/stdout"))
        .redirectOutput(file.toFile()).start();
    assertEquals(0, toFile.waitFor());
    assertEquals("written\n", Files.readString(file));
    assertEquals(List.of(file), listing());
    Process toPipe = new ProcessBuilder(javaCommand(WriteTo.class, "/dev/stdout")).start();
    assertEquals("written\n", new String(toPipe.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals(0, toPipe.waitFor());
  }

  private static List<String> javaCommand(Class<?> main, String... args) {
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** WriteTo writes "written\n" to its argument with writeAtomically. */
  public static final class WriteTo {
    public static void main(String[] args) throws IOException {
      OutputFile.writeAtomically(Path.of(args[0]), "written\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** StalledWrite writes 8 MB to its argument and waits before the rename, until killed. */
  public static final class StalledWrite {
    public static void main(String[] args) throws IOException {
      OutputFile.writeAtomically(Path.of(args[0]), new byte[8 << 20], (temp, target) -> {
        System.out.println("writing");
        System.out.flush();
        try {
          Thread.sleep(600_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }

  private static String fileType(Path p) {
    try {
      var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
      if (a.isRegularFile()) {
        return "regular";
      }
      if (a.isDirectory()) {
        return "directory";
      }
      Object mode = Files.getAttribute(p, "unix:mode");
      int type = ((Integer) mode) & 0170000;
      return switch (type) {
        case 0020000 -> "character";
        case 0010000 -> "fifo";
        case 0140000 -> "socket";
        default -> "other " + Integer.toOctalString(type);
      };
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
