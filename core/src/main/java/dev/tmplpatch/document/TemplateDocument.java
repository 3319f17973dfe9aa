package dev.tmplpatch.document;

import dev.tmplpatch.gotemplate.ControlNode;
import dev.tmplpatch.gotemplate.Delimited;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.ParsedTemplate;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.source.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TemplateDocument is a Go-template text loaded as lines: each line knows its ending, its
 * indentation, the actions on it and the branch of the control tree it lies in. It is immutable;
 * {@link #text()} gives back the input byte for byte.
 */
public final class TemplateDocument {

  private final String text;
  private final ParsedTemplate parsed;
  private final List<Line> lines;
  private volatile YamlOutline outline;
  private final java.util.Map<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

  private TemplateDocument(String text, ParsedTemplate parsed, List<Line> lines) {
    this.text = text;
    this.parsed = parsed;
    this.lines = lines;
  }

  /** load parses text as Go 1.24 does, naming it {@code name} in errors. */
  public static TemplateDocument load(String name, String text) {
    return load(text, ParseOptions.named(name));
  }

  /** load parses text with the given options (name, delimiters, Go version). */
  public static TemplateDocument load(String text, ParseOptions options) {
    ParsedTemplate parsed = GoTemplateParser.parse(text, options);
    return new TemplateDocument(text, parsed, LineTable.build(text, parsed));
  }

  /**
   * load decodes UTF-8 bytes and parses them. Go would accept bytes that are not UTF-8 inside
   * text, but a Java string cannot carry them back out unchanged, so they are refused here.
   */
  public static TemplateDocument load(String name, byte[] bytes) {
    return load(decode(name, bytes), ParseOptions.named(name));
  }

  /** load reads a file, naming the template after the file's name. */
  public static TemplateDocument load(Path file) {
    try {
      return load(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * decode turns UTF-8 bytes into text, refusing malformed input (stray bytes, truncated
   * sequences, encoded surrogates, overlong forms) with the line and column where it starts: the
   * one decoder every command and the plugin use, since a template is carried byte for byte.
   */
  public static String decode(String name, byte[] bytes) {
    return Utf8.decode(name, bytes);
  }

  /** name returns the template's name as used in error messages. */
  public String name() {
    return parsed.options().name();
  }

  /** options returns the settings the text was parsed with. */
  public ParseOptions options() {
    return parsed.options();
  }

  /** text returns the whole text, exactly as loaded. */
  public String text() {
    return text;
  }

  /** bytes returns the text as UTF-8, exactly as loaded. */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** hasBom reports whether the text starts with a UTF-8 byte order mark (kept in the text). */
  public boolean hasBom() {
    return Utf8.hasBom(text);
  }

  /** parsed returns the Go view of the text: actions and control tree. */
  public ParsedTemplate parsed() {
    return parsed;
  }

  /** actions returns every action and comment in source order. */
  public List<Delimited> actions() {
    return parsed.actions();
  }

  /** functions returns the names of the functions the template calls. */
  public Set<String> functions() {
    return parsed.functions();
  }

  /** lines returns every line; a text ending in a newline has no empty last line. */
  public List<Line> lines() {
    return lines;
  }

  /** line returns the line with the 1-based number. */
  public Line line(int number) {
    return lines.get(number - 1);
  }

  /** lineAt returns the line holding the character at index. */
  public Line lineAt(int index) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).start() <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lines.get(lo);
  }

  /** content returns a line's text without its ending. */
  public String content(Line line) {
    return text.substring(line.start(), line.contentEnd());
  }

  /** actionText returns the source of an action, delimiters included. */
  public String actionText(Delimited action) {
    return text.substring(action.start(), action.end());
  }

  /** outline returns the YAML structure of the lines, computed once. */
  private volatile List<java.util.Optional<Projection.YamlProblem>> coveringProblems;

  public YamlOutline outline() {
    YamlOutline o = outline;
    if (o == null) {
      o = YamlOutline.of(this);
      outline = o;
    }
    return o;
  }

  /**
   * coveringProblems returns, for each of {@link Projection#covering}'s projections in order, the
   * first strict-YAML problem or empty; computed once, since an edit's proof and the lint after it
   * both ask.
   */
  public List<java.util.Optional<Projection.YamlProblem>> coveringProblems() {
    List<java.util.Optional<Projection.YamlProblem>> c = coveringProblems;
    if (c == null) {
      List<java.util.Optional<Projection.YamlProblem>> out = new ArrayList<>();
      for (int k = 0; k < Projection.coveringCount(this); k++) {
        int choice = k;
        // A small template's covering projections are composed once: the lint reads them too.
        out.add(text.length() > ComposedProjection.SHARED_UP_TO ? ComposedProjection.strictCheck(Projection.covering(this, k))
            : ComposedProjection.shared(this, "covering:" + k, () -> Projection.covering(this, choice)).strictProblem());
      }
      c = List.copyOf(out);
      coveringProblems = c;
    }
    return c;
  }

  /**
   * derived returns what a later stage computes from this document under the key, computed once:
   * the proof and the lint of an edit read the same branch projections, and the document is
   * immutable, so what they derive from it stays true. Callers keep large values out of it.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(String key, java.util.function.Supplier<T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.get();
      derived.putIfAbsent(key, v);
    }
    return (T) v;
  }

  /** dominantEnding returns the line ending most lines use (LF for a text without newlines). */
  public LineEnding dominantEnding() {
    int crlf = 0;
    int lf = 0;
    for (Line l : lines) {
      if (l.ending() == LineEnding.CRLF) {
        crlf++;
      } else if (l.ending() == LineEnding.LF) {
        lf++;
      }
    }
    return crlf > lf ? LineEnding.CRLF : LineEnding.LF;
  }

  /** withText loads a new text with the same options; the edit stage's way to a new document. */
  public TemplateDocument withText(String newText) {
    return load(newText, parsed.options());
  }

  /** collect returns the lines numbered from..to inclusive. */
  public List<Line> lines(int from, int to) {
    return new ArrayList<>(lines.subList(from - 1, to));
  }

  /**
   * describeChoice names one choice of a control node in the user's words: "else-branch of
   * `if .X`", or for {@link Projection#NONE} "no branch of `if .X`" (an if that is false, a range
   * over nothing).
   */
  public String describeChoice(dev.tmplpatch.gotemplate.ControlNode node, int choice) {
    if (node.open() < 0) {
      return "the top level";
    }
    if (choice < 0) {
      return "no branch of `" + LineTable.inner(text(), parsed(), actions().get(node.open())) + "`";
    }
    return LineTable.label(text(), parsed(), node, choice);
  }
}
