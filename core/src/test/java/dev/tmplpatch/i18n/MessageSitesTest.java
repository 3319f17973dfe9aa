package dev.tmplpatch.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * MessageSitesTest reads the main sources of every module and finds the places that make a
 * user-facing text from an English literal instead of a bundle key: a diagnostic, an edit's or an
 * input's refusal, a usage error, an exception front ends show, a line printed to the user, a
 * Maven log line, or an explicit {@code Text.verbatim}. The sites not yet moved to the bundle are
 * listed below, per file, with their number: moving one makes the test ask for the list to
 * shrink, and a new English literal anywhere else fails it.
 */
class MessageSitesTest {
  private static final List<String> MODULES = List.of("core", "engine", "templates", "cli", "maven-plugin");

  // Calls whose arguments are user-facing text. For the diagnostic factories the first argument
  // is the rule id, which stays as it is.
  private static final Pattern CALL = Pattern.compile(
      "(Diagnostic\\.(?:error|warning|info)|new Diagnostic|new EditException|InputException\\.(?:at|of)"
          + "|new InputException|UserError\\.(?:usage|input)|new IllegalArgumentException"
          + "|new (?:JobFailedException|JobConfigurationException|MojoFailureException|MojoExecutionException)"
          + "|getLog\\(\\)\\.(?:info|warn|error)|\\.println|\\.print|Text\\.verbatim)\\(");

  /**
   * MECHANISM are the files that make verbatim texts on purpose: the bundle, the one formatter, and
   * Go's own parse error (its words stay Go's, users search for them), and the Go template
   * executor with istiod's data object, whose execution and decoding errors are Go's own texts.
   */
  private static final java.util.Set<String> MECHANISM = java.util.Set.of(
      "dev/tmplpatch/i18n/Messages.java", "dev/tmplpatch/i18n/Text.java", "dev/tmplpatch/diag/Diagnostic.java",
      "dev/tmplpatch/gotemplate/TemplateSyntaxException.java");

  /** GO_WORDS are packages whose every message is Go's own text, byte for byte as Go prints it. */
  private static final String GO_WORDS = "dev/tmplpatch/render/";

  /** REMAINING are the files whose messages are still English literals, with how many sites. */
  private static final Map<String, Integer> REMAINING = remaining();

  @Test
  void everyUserFacingTextComesFromTheBundleExceptTheListedSites() {
    Map<String, Integer> found = new TreeMap<>();
    Path root = Path.of("").toAbsolutePath().getParent();
    for (String module : MODULES) {
      Path src = root.resolve(module).resolve("src/main/java");
      assertTrue(Files.isDirectory(src), src.toString());
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          String relative = src.relativize(f).toString().replace('\\', '/');
          if (MECHANISM.contains(relative) || relative.startsWith(GO_WORDS)) {
            continue;
          }
          int n = literalSites(Files.readString(f, StandardCharsets.UTF_8));
          if (n > 0) {
            found.put(root.relativize(f).toString().replace('\\', '/'), n);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(REMAINING, found);
  }

  @Test
  void findsLiteralsAndLeavesKeysAlone() {
    assertEquals(0, literalSites("throw new EditException(f, 1, 2, Text.of(\"edit.x\", a), Text.EMPTY);"));
    assertEquals(0, literalSites("out.add(Diagnostic.info(\"already-applied\", f, 0, Text.of(\"edit.k\"), Text.EMPTY));"));
    assertEquals(1, literalSites("new Diagnostic(Severity.WARNING, \"else-with\", f, 1, 2, \"x\" + v, h);"));
    assertEquals(0, literalSites("new Diagnostic(Severity.WARNING, \"else-with\", f, 1, 2, m, h);"));
    assertEquals(1, literalSites("out.add(Diagnostic.info(\"already-applied\", f, 0, \"no \" + p, \"\"));"));
    assertEquals(1, literalSites("throw UserError.usage(\"only one file can be -\");"));
    assertEquals(0, literalSites("out.println(report.text());"));
    assertEquals(2, literalSites("err.println(\"a(\" + x); Text.verbatim(goMessage);"));
  }

  /** literalSites counts the calls above whose text arguments hold a string literal other than "". */
  static int literalSites(String source) {
    // Comments say nothing to users; a message key ("edit.container.missing") is not English.
    String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "")
        .replaceAll("\"[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+\"", "KEY");
    int n = 0;
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      String args = arguments(code, m.end());
      // The rule id is the first argument of a factory, the second of the constructor.
      int skip = m.group(1).startsWith("Diagnostic.") ? 1 : m.group(1).equals("new Diagnostic") ? 2 : 0;
      for (int i = 0; i < skip; i++) {
        int comma = topLevelComma(args);
        args = comma < 0 ? "" : args.substring(comma + 1);
      }
      if (m.group(1).equals("Text.verbatim") || args.replace("\"\"", "").contains("\"")) {
        n++;
      }
    }
    return n;
  }

  // arguments returns the text up to the parenthesis that closes the call, skipping strings.
  private static String arguments(String code, int from) {
    int depth = 1;
    boolean string = false;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '\'') {
        i += code.charAt(i + 1) == '\\' ? 3 : 2;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return code.substring(from, i);
      }
    }
    return code.substring(from);
  }

  private static int topLevelComma(String args) {
    int depth = 0;
    boolean string = false;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, Integer> remaining() {
    Map<String, Integer> m = new TreeMap<>();
    m.put("cli/src/main/java/dev/tmplpatch/cli/UserError.java", 3);
    m.put("core/src/main/java/dev/tmplpatch/document/ComposedProjection.java", 1);
    m.put("core/src/main/java/dev/tmplpatch/gotemplate/GoLiterals.java", 1);
    m.put("core/src/main/java/dev/tmplpatch/diag/InvalidValueException.java", 1); // the fallback for an IllegalArgumentException not in the bundle
    m.put("core/src/main/java/dev/tmplpatch/document/YamlPath.java", 5); // programming errors: paths are constants or library arguments
    m.put("core/src/main/java/dev/tmplpatch/edit/InsertEntries.java", 2); // programming errors of the library caller
    m.put("core/src/main/java/dev/tmplpatch/edit/RemoveKey.java", 1); // programming error of the library caller
    m.put("core/src/main/java/dev/tmplpatch/edit/SetScalar.java", 2); // programming errors of the library caller
    m.put("core/src/main/java/dev/tmplpatch/edit/YamlScalars.java", 1); // programming error of the library caller
    m.put("core/src/main/java/dev/tmplpatch/emit/UnifiedDiff.java", 2); // programming errors of the library caller
    m.put("core/src/main/java/dev/tmplpatch/emit/YamlNodes.java", 1); // programming error of the library caller
    m.put("core/src/main/java/dev/tmplpatch/source/InputReader.java", 1); // the OS's reason for a failed read, verbatim
    m.put("engine/src/main/java/dev/tmplpatch/job/TemplateSource.java", 1); // programming error of the front end
    m.put("maven-plugin/src/main/java/dev/tmplpatch/maven/CheckMojo.java", 2);
    m.put("maven-plugin/src/main/java/dev/tmplpatch/maven/GenerateMojo.java", 3);
    m.put("maven-plugin/src/main/java/dev/tmplpatch/maven/InstallBundleSpec.java", 6);
    m.put("maven-plugin/src/main/java/dev/tmplpatch/maven/JobRunner.java", 7);
    m.put("maven-plugin/src/main/java/dev/tmplpatch/maven/JobSpec.java", 20);
    m.put("maven-plugin/src/main/java/dev/tmplpatch/maven/TmplpatchMojo.java", 3);
    m.put("templates/src/main/java/dev/tmplpatch/templates/Releases.java", 1); // a programming error: the file names are constants
    return m;
  }
}
