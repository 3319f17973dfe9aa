// Ported from Go's text/template (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import dev.tmplpatch.gotemplate.DeepStack;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * GoTemplate is a parsed Go text/template with its associated templates (defines and blocks)
 * and functions, ready to execute as Go 1.24 does:
 *
 * <pre>{@code
 * GoTemplate t = GoTemplate.parse("inject", text, FuncMap.empty().with("f", f));
 * String out = t.execute(JsonValues.fromJson(jacksonTree));
 * }</pre>
 *
 * <p>Like {@code template.New(name).Funcs(funcs).Parse(text)} with no Option: a missing map key
 * is the invalid value, printed {@code <no value>}. Immutable and safe to execute concurrently.
 */
public final class GoTemplate {
  private final String name;
  private final String text;
  private final Map<String, Node.ListNode> trees;
  private final FuncMap funcs;
  private final int[] lineStarts;

  private GoTemplate(String name, String text, Map<String, Node.ListNode> trees, FuncMap funcs) {
    this.name = name;
    this.text = text;
    this.trees = trees;
    this.funcs = funcs;
    this.lineStarts = lineStarts(text);
  }

  /**
   * parse parses {@code text} as the template {@code name} that may call the builtins and
   * {@code funcs}, failing like Go's Parse ({@link TemplateSyntaxException}).
   */
  public static GoTemplate parse(String name, String text, FuncMap funcs) {
    return parse(ParseOptions.named(name), text, funcs);
  }

  /** parse with explicit options (delimiters); the options' function set is replaced. */
  public static GoTemplate parse(ParseOptions options, String text, FuncMap funcs) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(funcs, "funcs");
    Set<String> known = new HashSet<>(Builtins.names());
    known.addAll(funcs.names());
    ParseOptions checked = options.withFunctions(known);
    GoTemplateParser.parse(text, checked);
    Map<String, Node.ListNode> trees;
    try {
      trees = TreeBuilder.build(text, checked);
    } catch (StackOverflowError e) {
      Object[] box = new Object[1];
      DeepStack.run("tmplpatch-deep-tree", () -> box[0] = TreeBuilder.build(text, checked));
      @SuppressWarnings("unchecked")
      Map<String, Node.ListNode> built = (Map<String, Node.ListNode>) box[0];
      trees = built;
    }
    return new GoTemplate(options.name(), text, Collections.unmodifiableMap(trees), funcs);
  }

  public String name() {
    return name;
  }

  /** templateNames are the names of this template and those it defines. */
  public Set<String> templateNames() {
    return trees.keySet();
  }

  /**
   * execute applies the template to {@code data} and writes the output to {@code out}. On an
   * execution error the output Go would have written before failing is written, then the
   * {@link ExecException} (Go's message) is thrown.
   */
  public void execute(Value data, Appendable out) throws IOException {
    StringBuilder sb = new StringBuilder(Math.max(256, text.length()));
    ExecException failure = run(name, data, sb);
    out.append(sb);
    if (failure != null) {
      throw failure;
    }
  }

  /** execute returns the output, or throws {@link ExecException}. */
  public String execute(Value data) {
    StringBuilder sb = new StringBuilder(Math.max(256, text.length()));
    ExecException failure = run(name, data, sb);
    if (failure != null) {
      throw failure;
    }
    return sb.toString();
  }

  /** executeTemplate is Go's ExecuteTemplate: runs an associated template by name. */
  public String executeTemplate(String templateName, Value data) {
    if (!trees.containsKey(templateName)) {
      throw new ExecException(templateName, "template: no template "
          + GoStrings.quote(templateName) + " associated with template " + GoStrings.quote(name));
    }
    StringBuilder sb = new StringBuilder();
    ExecException failure = run(templateName, data, sb);
    if (failure != null) {
      throw failure;
    }
    return sb.toString();
  }

  /**
   * executeTemplate runs the associated template {@code templateName} as Go's ExecuteTemplate,
   * writing to {@code out} the output Go would have written before an execution error, then
   * throwing the {@link ExecException}.
   */
  public void executeTemplate(String templateName, Value data, Appendable out) throws IOException {
    if (!trees.containsKey(templateName)) {
      throw new ExecException(templateName, "template: no template "
          + GoStrings.quote(templateName) + " associated with template " + GoStrings.quote(name));
    }
    StringBuilder sb = new StringBuilder();
    ExecException failure = run(templateName, data, sb);
    out.append(sb);
    if (failure != null) {
      throw failure;
    }
  }

  private ExecException run(String templateName, Value data, StringBuilder sb) {
    Value dot = data == null ? Value.INVALID : data;
    int start = sb.length();
    try {
      return runOnThisThread(templateName, dot, sb);
    } catch (StackOverflowError e) {
      // Go's goroutine stacks grow to 1 GB: rerun on a thread with such a stack.
      sb.setLength(start);
      Object[] box = new Object[1];
      DeepStack.run("tmplpatch-deep-exec", () -> {
        try {
          box[0] = runOnThisThread(templateName, dot, sb);
        } catch (StackOverflowError again) {
          box[0] = new ExecException(templateName, "template: " + templateName
              + ": execution nested too deeply for the stack");
        } catch (RuntimeException ex) {
          box[0] = ex;
        }
      });
      if (box[0] instanceof ExecException) {
        return (ExecException) box[0];
      }
      if (box[0] instanceof RuntimeException) {
        throw (RuntimeException) box[0];
      }
      return null;
    } catch (UncheckedIOException e) {
      throw e;
    }
  }

  private ExecException runOnThisThread(String templateName, Value dot, StringBuilder sb) {
    Exec s = new Exec(this, templateName, sb);
    s.push("$", dot);
    try {
      s.walk(dot, trees.get(templateName));
      return null;
    } catch (ExecException e) {
      return e;
    }
  }

  Node.ListNode lookup(String templateName) {
    return trees.get(templateName);
  }

  GoFunc function(String fn) {
    return funcs.get(fn);
  }

  /** location is Go's ErrorContext location: NAME:LINE:COL, COL a 0-based byte offset. */
  String location(int pos) {
    int[] starts = lineStarts;
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int line = lo + 1;
    int col = GoStrings.utf8Length(text.substring(starts[lo], pos));
    return name + ":" + line + ":" + col;
  }

  private static int[] lineStarts(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    int[] ls = new int[n];
    int k = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        ls[k++] = i + 1;
      }
    }
    return ls;
  }
}
