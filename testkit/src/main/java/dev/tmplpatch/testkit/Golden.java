package dev.tmplpatch.testkit;

import dev.tmplpatch.emit.OutputFile;
import dev.tmplpatch.emit.ValueDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.opentest4j.AssertionFailedError;

/**
 * Golden compares what a test produced with a committed golden file, byte for byte, and fails
 * with a readable unified diff; one explicit switch rewrites the golden files instead.
 *
 * <p>The switch is the system property {@value #UPDATE_PROPERTY}{@code =true} or the environment
 * variable {@value #UPDATE_ENV}{@code =1}. It is refused when {@code CI=true}: golden files are
 * reviewed changes, never something a CI run may quietly rewrite. Names given as strings are
 * resolved under a root directory, by default {@value #DEFAULT_ROOT} of the working directory
 * (the module directory under Maven Surefire), or the system property {@value #ROOT_PROPERTY}.
 */
public final class Golden {

  /** UPDATE_PROPERTY is the system property that, set to true, rewrites golden files. */
  public static final String UPDATE_PROPERTY = "tmplpatch.updateGolden";

  /** UPDATE_ENV is the environment variable that, set to 1 (or true), rewrites golden files. */
  public static final String UPDATE_ENV = "TMPLPATCH_UPDATE_GOLDEN";

  /** ROOT_PROPERTY is the system property naming the directory that golden names resolve under. */
  public static final String ROOT_PROPERTY = "tmplpatch.golden.root";

  /** DEFAULT_ROOT is where golden names resolve when no root is configured. */
  public static final String DEFAULT_ROOT = "src/test/resources/golden";

  private final Path root;
  private final Map<String, String> env;
  private final Properties properties;

  /** Golden with an explicit environment and properties, so tests can play CI without being in it. */
  Golden(Path root, Map<String, String> env, Properties properties) {
    this.root = root;
    this.env = Map.copyOf(env);
    this.properties = properties;
  }

  /** under resolves golden names under the given directory and reads the switch from this JVM. */
  public static Golden under(Path root) {
    return new Golden(root, System.getenv(), System.getProperties());
  }

  /** assertMatches checks the actual text against the golden file at the given path. */
  public static void assertMatches(Path expected, String actual) {
    fromEnvironment().verify(expected, actual);
  }

  /** assertMatches checks the actual text against the golden file of that name under the configured root. */
  public static void assertMatches(String name, String actual) {
    fromEnvironment().verify(name, actual);
  }

  private static Golden fromEnvironment() {
    return configured(System.getenv(), System.getProperties());
  }

  /** configured reads the root and the switch from the given environment and properties. */
  static Golden configured(Map<String, String> env, Properties properties) {
    return new Golden(Path.of(properties.getProperty(ROOT_PROPERTY, DEFAULT_ROOT)), env, properties);
  }

  /** verify checks the actual text against the golden file of that name under this root. */
  public void verify(String name, String actual) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("golden file name must not be blank");
    }
    verify(root.resolve(name), actual);
  }

  /** verify checks the actual text against the golden file at the path, or rewrites it under the switch. */
  public void verify(Path expected, String actual) {
    if (actual == null) {
      throw new IllegalArgumentException("actual text must not be null (golden file " + expected + ")");
    }
    boolean update = updateRequested();
    if (update && "true".equalsIgnoreCase(env.get("CI"))) {
      throw new IllegalStateException(
          "refusing to rewrite golden file " + expected + ": " + switchName() + " is set but CI=true; golden files"
              + " are updated on a developer machine and reviewed as a commit, never by CI");
    }
    String golden = read(expected);
    if (actual.equals(golden)) {
      return;
    }
    if (update) {
      write(expected, actual);
      System.err.println("golden: " + (golden == null ? "created " : "updated ") + expected);
      return;
    }
    String howToUpdate = "to accept the actual output, rerun with -D" + UPDATE_PROPERTY + "=true (or "
        + UPDATE_ENV + "=1) and review the change";
    if (golden == null) {
      throw new AssertionFailedError("golden file " + expected + " does not exist; " + howToUpdate);
    }
    // JSON and YAML goldens are compared as values: an embedded template's change is shown as the
    // diff of its lines under its path, not as two 10 KB JSON lines.
    String diff = ValueDiff.describe(expected.toString().replace('\\', '/'), golden, actual, "expected", "actual");
    throw new AssertionFailedError(
        "actual output differs from golden file " + expected + "\n" + diff + howToUpdate, golden, actual);
  }

  private boolean updateRequested() {
    String property = properties.getProperty(UPDATE_PROPERTY);
    String variable = env.get(UPDATE_ENV);
    return "true".equalsIgnoreCase(property) || "1".equals(variable) || "true".equalsIgnoreCase(variable);
  }

  private String switchName() {
    return "true".equalsIgnoreCase(properties.getProperty(UPDATE_PROPERTY)) ? UPDATE_PROPERTY : UPDATE_ENV;
  }

  /** read returns the golden text, or null when there is no file; bytes that are not UTF-8 are an error. */
  private static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
    try {
      return dev.tmplpatch.document.TemplateDocument.decode(file.toString(), bytes);
    } catch (dev.tmplpatch.gotemplate.TemplateSyntaxException e) {
      throw new IllegalStateException("golden file " + file + " is not valid UTF-8", e);
    }
  }

  /** write replaces the file atomically, so a golden file is never half written. */
  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      OutputFile.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write golden file " + file, e);
    }
  }
}
