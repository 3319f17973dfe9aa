package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.templates.BundledTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * HostileInputsTest runs the cases of issue 10 ("Hostile inputs and outputs"): special files as
 * -o targets, failed writes to standard output, deep nesting, endless and huge inputs, binary
 * and badly encoded text, unreadable files. The rule: one line, the documented exit code,
 * nothing lost.
 */
class HostileInputsTest {
  @TempDir Path dir;

  static final String TEMPLATE = BundledTemplates.gatewayInjectionTemplate();

  // --- output safety -------------------------------------------------------------------------

  @Test
  void dashOOntoDevNullWritesThroughAndLeavesTheDevice() throws Exception {
    Cli.run("gateway-options", "--namespace", "ns", "-o", "/dev/null").assertSuccess();
    assertEquals(Integer.valueOf(0020000), (Integer) Files.getAttribute(Path.of("/dev/null"), "unix:mode") & 0170000);
  }

  @Test
  void dashOOntoAFifoGivesItsReaderTheOutput() throws Exception {
    Path fifo = dir.resolve("fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli.run("istio-patch", "-o", fifo.toString()).assertSuccess();
    String expected = Cli.run("istio-patch").assertSuccess().out();
    assertEquals(expected, new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertEquals(Integer.valueOf(0010000), (Integer) Files.getAttribute(fifo, "unix:mode") & 0170000);
  }

  @Test
  void dashOOntoDevFullIsExitOneWithTheReason() {
    Cli.Result r = Cli.run("gateway-options", "--namespace", "ns", "-o", "/dev/full").assertUserError(1);
    assertEquals("tmplpatch: cannot write /dev/full: No space left on device; hint: check that the"
        + " directory exists, is writable and has space\n", r.err());
  }

  @Test
  void standardOutputOnDevFullIsExitOneWithTheReason() throws Exception {
    // A real process on the real device: one command that prints its result through -o's
    // standard-output path, one that prints line by line (aShortOrFailedWrite... covers the rest).
    for (String[] args : List.of(new String[] {"istio-patch"}, new String[] {"lint"})) {
      Process p = java(args).redirectOutput(new java.io.File("/dev/full")).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals("tmplpatch: cannot write standard output: No space left on device; hint: check the"
          + " disk space and the file or pipe standard output goes to\n", err, String.join(" ", args));
      assertEquals(1, p.exitValue(), String.join(" ", args));
    }
  }

  @Test
  void aShortOrFailedWriteToStandardOutputIsExitOne() {
    OutputStream failing = new OutputStream() {
      int room = 100;

      @Override
      public void write(int b) throws IOException {
        if (room-- <= 0) {
          throw new IOException("Input/output error");
        }
      }
    };
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine cmd = Main.commandLine(InputStream.nullInputStream());
    cmd.setOut(StandardOutput.over(failing));
    cmd.setErr(new java.io.PrintWriter(err, true));
    assertEquals(1, Main.execute(cmd, "istio-patch"));
    assertEquals("tmplpatch: cannot write standard output: Input/output error; hint: check the disk"
        + " space and the file or pipe standard output goes to\n", err.toString());
  }

  @Test
  void aSuccessfulDashOKeepsTheFilesOwnerGroupAndMode() throws Exception {
    Path out = Files.writeString(dir.resolve("t.yaml"), "old\n");
    var users = out.getFileSystem().getUserPrincipalLookupService();
    if ("root".equals(System.getProperty("user.name"))) {
      Files.setOwner(out, users.lookupPrincipalByName("nobody"));
    }
    Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    var before = Files.readAttributes(out, java.nio.file.attribute.PosixFileAttributes.class);
    Cli.run("edit", "-o", out.toString()).assertSuccess();
    var after = Files.readAttributes(out, java.nio.file.attribute.PosixFileAttributes.class);
    assertEquals(TEMPLATE, Files.readString(out));
    assertEquals(List.of(before.owner(), before.group(), before.permissions()),
        List.of(after.owner(), after.group(), after.permissions()));
  }

  // --- nesting ---------------------------------------------------------------------------------

  static String nestedSysctl(int depth) {
    String marker = "    sysctls:\n";
    int at = TEMPLATE.indexOf("  {{- if .Values.gateways.securityContext }}");
    assertTrue(at > 0);
    StringBuilder b = new StringBuilder(TEMPLATE.substring(0, at));
    b.append("  {{- if .A }}\n".repeat(depth));
    int end = TEMPLATE.indexOf("  {{- end }}\n", at) + "  {{- end }}\n".length();
    b.append(TEMPLATE, at, end);
    b.append("  {{- end }}\n".repeat(depth));
    b.append(TEMPLATE.substring(end));
    assertTrue(b.indexOf(marker) > 0);
    return b.toString();
  }

  @Test
  void editAndLintWorkUnderFiveThousandNestedIfs() throws IOException {
    Path deep = Files.writeString(dir.resolve("deep.yaml"), nestedSysctl(5000));
    // No stack overflow: edit gets as far as proving its result, which it refuses in one line
    // with the place, since the proof would need too many branches; lint reads what it can.
    Cli.Result lint = Cli.run("lint", deep.toString());
    assertEquals("", lint.err());
    assertEquals("deep.yaml: ok\n", lint.out());
    assertEquals(0, lint.exitCode());
    Cli.Result shallowLint = Cli.run("lint", Files.writeString(dir.resolve("shallow.yaml"), nestedSysctl(10)).toString());
    assertEquals(0, shallowLint.exitCode(), shallowLint.err());
    assertEquals("shallow.yaml: ok\n", shallowLint.out());
    Cli.Result edit = Cli.run("edit", deep.toString(), "--scenario", "unprivileged-ports").assertUserError(1);
    assertTrue(edit.err().startsWith("tmplpatch: deep.yaml:19:3: the edited template is not proven with the branches"
        + " nested in"), edit.err());
    Path shallower = Files.writeString(dir.resolve("deep.yaml"), nestedSysctl(10));
    Cli.Result ok = Cli.run("edit", shallower.toString(), "--scenario", "unprivileged-ports");
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals(nestedSysctl(10).replace("    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n",
        "    sysctls: []\n"), ok.out());
  }

  @Test
  void aConfigMapNestingFlowListsThreeThousandDeepIsOneLine() throws IOException {
    String dump = "apiVersion: v1\nkind: ConfigMap\ndata:\n  config: " + "[".repeat(3000) + "]".repeat(3000) + "\n";
    Path cm = Files.writeString(dir.resolve("cm.yaml"), dump);
    Cli.Result r = Cli.run("istio-patch", "--from-injector-configmap", cm.toString()).assertUserError(1);
    assertEquals("tmplpatch: " + cm + ":4:11: data.config is not a string; hint: save it with: kubectl -n"
        + " istio-system get configmap istio-sidecar-injector -o yaml\n", r.err());
    String deeper = "apiVersion: v1\nkind: ConfigMap\ndata:\n  config: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    Path cm2 = Files.writeString(dir.resolve("cm2.yaml"), deeper);
    Cli.Result r2 = Cli.run("istio-patch", "--from-injector-configmap", cm2.toString()).assertUserError(1);
    assertEquals("tmplpatch: " + cm2 + ":4:10009: collections nested deeper than 10000 levels (Go's YAML"
        + " refuses them too); hint: flatten the YAML\n", r2.err());
  }

  // --- size ------------------------------------------------------------------------------------

  static InputStream endlessZeros() {
    return new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };
  }

  @Test
  void endlessStandardInputIsRefusedAtTheLimitInEveryCommand() {
    for (String[] args : List.of(
        new String[] {"parse", "-"},
        new String[] {"edit", "-"},
        new String[] {"lint", "-"},
        new String[] {"istio-patch", "-"},
        new String[] {"istio-patch", "--from-injector-configmap", "-"})) {
      CommandLine cmd = Main.commandLine(endlessZeros());
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      cmd.setOut(new java.io.PrintWriter(out, true));
      cmd.setErr(new java.io.PrintWriter(err, true));
      new Cli.Result(Main.execute(cmd, args), out.toString(), err.toString()).assertUserError(1);
      assertEquals("tmplpatch: <stdin>: larger than the input limit of 16 MiB; hint: raise it with"
          + " --max-input-size 64M\n", err.toString(), String.join(" ", args));
    }
  }

  @Test
  void devZeroAsAFileIsRefusedAtTheLimit() {
    Cli.Result r = Cli.run("parse", "/dev/zero").assertUserError(1);
    assertEquals("tmplpatch: /dev/zero: larger than the input limit of 16 MiB; hint: raise it with"
        + " --max-input-size 64M\n", r.err());
  }

  @Test
  void theLimitIsOneOptionThatRaisesItForEveryCommand() throws IOException {
    String big = TEMPLATE + ("# " + "x".repeat(1021) + "\n").repeat(1024);
    Path file = Files.writeString(dir.resolve("big.yaml"), big);
    for (String command : List.of("parse", "edit", "lint", "istio-patch")) {
      Cli.Result r = Cli.run(command, file.toString(), "--max-input-size", "1M").assertUserError(1);
      assertEquals("tmplpatch: " + file + ": larger than the input limit of 1 MiB; hint: raise it with"
          + " --max-input-size 64M\n", r.err(), command);
      assertEquals(0, Cli.run(command, file.toString(), "--max-input-size", "2M").exitCode(), command);
    }
  }

  @Test
  void aBadSizeIsAUsageError() {
    Cli.Result r = Cli.run("edit", "--max-input-size", "lots").assertUserError(2);
    assertTrue(r.err().startsWith("tmplpatch: Invalid value for option '--max-input-size': 'lots' is not a size"), r.err());
  }

  // --- unreadable, binary and badly encoded input ----------------------------------------------

  @Test
  void aMissingFileIsExitOneInEveryCommand() {
    String missing = dir.resolve("missing.yaml").toString();
    for (String[] args : List.of(
        new String[] {"parse", missing},
        new String[] {"edit", missing},
        new String[] {"lint", missing},
        new String[] {"istio-patch", missing},
        new String[] {"istio-patch", "--from-injector-configmap", missing})) {
      Cli.Result r = Cli.run(args).assertUserError(1);
      assertEquals("tmplpatch: cannot read " + missing + ": no such file or directory; hint: check the"
          + " path and its permissions\n", r.err(), String.join(" ", args));
    }
  }

  @Test
  void anUnreadableFileSaysPermissionDenied() throws Exception {
    // Root may read any ordinary file, but not a write-only kernel attribute: open(2) fails with
    // EACCES for root too, as it does for an operator's file without read permission.
    String unreadable = "/sys/bus/pci/rescan";
    for (String command : List.of("parse", "edit", "lint", "istio-patch")) {
      Cli.Result r = Cli.run(command, unreadable).assertUserError(1);
      assertEquals("tmplpatch: cannot read " + unreadable + ": permission denied; hint: check the path and"
          + " its permissions\n", r.err(), command);
    }
  }

  @Test
  void binaryInputIsNamedAndNeverEchoed() throws IOException {
    Path ls = Path.of("/bin/ls");
    for (String command : List.of("parse", "edit", "lint", "istio-patch")) {
      Cli.Result r = Cli.run(command, ls.toString()).assertUserError(1);
      assertEquals("tmplpatch: /bin/ls:1:8: binary data: a NUL byte, which no template or YAML text holds;"
          + " hint: give the template (or the ConfigMap dump) as a UTF-8 text file\n", r.err(), command);
    }
  }

  @Test
  void invalidUtf8IsNamedWithoutEchoingTheLine() throws IOException {
    byte[] bytes = ("a: 1\nb: " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    bytes[8] = (byte) 0xC3;
    bytes[9] = (byte) 0x28;
    Path f = Files.write(dir.resolve("latin.yaml"), bytes);
    Cli.Result r = Cli.run("edit", f.toString()).assertUserError(1);
    assertTrue(r.err().startsWith("tmplpatch: " + f + ":2:4: invalid UTF-8"), r.err());
    assertTrue(r.err().length() < 400, r.err());
  }

  @Test
  void utf16WithAndWithoutByteOrderMarkIsNamed() throws IOException {
    Path le = Files.write(dir.resolve("le.yaml"), TEMPLATE.getBytes(StandardCharsets.UTF_16LE));
    assertEquals("tmplpatch: " + le + ":1:1: the file looks like UTF-16 little-endian without a byte order"
        + " mark (every other byte is NUL); hint: save it as UTF-8, e.g. iconv -f UTF-16LE -t UTF-8 FILE\n",
        Cli.run("edit", le.toString(), "--scenario", "1").assertUserError(1).err());
    Path be = Files.write(dir.resolve("be.yaml"), TEMPLATE.getBytes(StandardCharsets.UTF_16BE));
    assertEquals("tmplpatch: " + be + ":1:1: the file looks like UTF-16 big-endian without a byte order"
        + " mark (every other byte is NUL); hint: save it as UTF-8, e.g. iconv -f UTF-16BE -t UTF-8 FILE\n",
        Cli.run("lint", be.toString()).assertUserError(1).err());
    Path bom = Files.write(dir.resolve("bom.yaml"), TEMPLATE.getBytes(StandardCharsets.UTF_16));
    assertEquals("tmplpatch: " + bom + ":1:1: the file is UTF-16 big-endian (it starts with a UTF-16 byte"
        + " order mark); hint: save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8 FILE\n",
        Cli.run("parse", bom.toString()).assertUserError(1).err());
  }

  @Test
  void loneCarriageReturnsAreNamed() throws IOException {
    Path mac = Files.writeString(dir.resolve("mac.yaml"), TEMPLATE.replace("\n", "\r"));
    Cli.Result r = Cli.run("edit", mac.toString(), "--scenario", "1").assertUserError(1);
    assertEquals("tmplpatch: mac.yaml:1:" + (TEMPLATE.indexOf('\n') + 1) + ": a lone carriage return (old Mac"
        + " line ending): Go reads the text as one line, YAML as several; hint: use LF (or CRLF) line"
        + " endings, e.g. tr '\\r' '\\n' < FILE\n", r.err());
  }

  @Test
  void tabIndentationIsNamed() throws IOException {
    String tabbed = TEMPLATE.replace("\n    sysctls:", "\n\t\tsysctls:");
    int line = (int) TEMPLATE.substring(0, TEMPLATE.indexOf("\n    sysctls:") + 1).lines().count() + 1;
    Path f = Files.writeString(dir.resolve("tabs.yaml"), tabbed);
    for (String command : List.of("edit", "lint", "istio-patch")) {
      Cli.Result r = Cli.run(command, f.toString()).assertUserError(1);
      String name = command.equals("istio-patch") ? f.toString() : "tabs.yaml";
      assertEquals("tmplpatch: " + name + ":" + line + ":1: line " + line + " is indented with a tab; YAML allows"
          + " only spaces for indentation; hint: indent with spaces, e.g. expand -t 2 FILE\n", r.err(), command);
    }
  }

  // --- values that mean what Kubernetes will do -------------------------------------------------

  @Test
  void aPercentagePdbThatRoundsUpToEveryReplicaIsRefused() {
    assertEquals("tmplpatch: --pdb 50% of 1 replica is 1 (Kubernetes rounds minAvailable percentages up),"
        + " but there is 1, so node drains would hang; hint: add --hpa with MIN above 1 (e.g. --hpa 2:5:80)"
        + " or lower --pdb\n",
        Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--pdb", "50%").assertUserError(2).err());
    assertEquals("tmplpatch: --pdb 99% of 2 replicas is 2 (Kubernetes rounds minAvailable percentages up),"
        + " but there are at least 2, so node drains would hang; hint: use at most 50% or raise the MIN of --hpa\n",
        Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--hpa", "2:5:80", "--pdb", "99%")
            .assertUserError(2).err());
    assertEquals(0, Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--hpa", "2:5:80", "--pdb", "50%")
        .exitCode());
  }

  @Test
  void anEmptyOrDocumentLessSkeletonIsAnError() throws IOException {
    for (String content : List.of("", "# only a comment\n", "---\n---\n")) {
      Path skeletons = Files.createDirectories(dir.resolve("sk" + content.length()));
      for (String name : dev.tmplpatch.templates.InstallBundle.SKELETONS) {
        try (InputStream in = HostileInputsTest.class.getClassLoader().getResourceAsStream(
            dev.tmplpatch.templates.InstallBundle.BUNDLED_DIRECTORY + name)) {
          Files.write(skeletons.resolve(name), in.readAllBytes());
        }
      }
      Files.writeString(skeletons.resolve("service.yaml.j2"), content);
      Path out = Files.writeString(dir.resolve("bundle.yaml"), "old\n");
      Cli.Result r = Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--skeletons", skeletons.toString(),
          "-o", out.toString()).assertUserError(1);
      assertEquals("tmplpatch: " + skeletons.resolve("service.yaml.j2") + ": renders no document, so its object"
          + " would be missing from the bundle; hint: a skeleton must render the Kubernetes object(s) it is named"
          + " for; copy the bundled service.yaml.j2 and change it\n", r.err());
      assertEquals("old\n", Files.readString(out));
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static ProcessBuilder java(String... args) {
    List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
  }
}
