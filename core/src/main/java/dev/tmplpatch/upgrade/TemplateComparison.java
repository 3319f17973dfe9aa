package dev.tmplpatch.upgrade;

import dev.tmplpatch.document.LineEnding;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.Delimited;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * TemplateComparison compares two templates byte for byte and by meaning.
 *
 * <p>Two templates are the same template when both load as Go loads them and (1) their actions
 * and comments are the same sequence, each compared without its delimiters, with trim markers
 * kept and white space outside string literals collapsed ({@code {{ .X }}} equals
 * {@code {{.X}}}, {@code {{- .X}}} does not), and (2) every branch projection of one (the plain
 * YAML a choice of branches renders, see {@link Projection#covering}) loads to the same YAML data
 * as the other's. So line endings, trailing white space outside block scalars, YAML comments,
 * quoting style and indentation that YAML reads alike do not count; anything that changes what a
 * branch renders, or which Go actions run, does.
 */
public final class TemplateComparison {

  /** Result says whether the bytes and the meaning are equal, and if not, the first reason. */
  public record Result(boolean sameBytes, boolean sameTemplate, String reason) {}

  private TemplateComparison() {}

  /** compare compares a and b; the names appear in the reason. */
  public static Result compare(String aName, String a, String bName, String b) {
    if (a.equals(b)) {
      return new Result(true, true, "identical bytes");
    }
    TemplateDocument da;
    TemplateDocument db;
    try {
      da = TemplateDocument.load(aName, a);
    } catch (RuntimeException e) {
      return new Result(false, false, aName + " does not load as Go loads it: " + e.getMessage());
    }
    try {
      db = TemplateDocument.load(bName, b);
    } catch (RuntimeException e) {
      return new Result(false, false, bName + " does not load as Go loads it: " + e.getMessage());
    }
    List<Delimited> aa = da.actions();
    List<Delimited> ba = db.actions();
    for (int i = 0; i < Math.min(aa.size(), ba.size()); i++) {
      String x = normalised(da.actionText(aa.get(i)));
      String y = normalised(db.actionText(ba.get(i)));
      if (!x.equals(y)) {
        return new Result(false, false, "Go action " + (i + 1) + " differs: " + aName + ":" + aa.get(i).line()
            + " has " + da.actionText(aa.get(i)).strip() + ", " + bName + ":" + ba.get(i).line() + " has "
            + db.actionText(ba.get(i)).strip());
      }
    }
    if (aa.size() != ba.size()) {
      return new Result(false, false, aName + " has " + aa.size() + " Go actions, " + bName + " has " + ba.size());
    }
    List<Projection> pa;
    List<Projection> pb;
    try {
      pa = Projection.covering(da);
      pb = Projection.covering(db);
    } catch (RuntimeException unprojectable) {
      // Same actions but no projection: fall back to the text without line endings and trailing space.
      boolean same = stripped(a).equals(stripped(b));
      return new Result(false, same, same ? "same Go actions and the same text but for line endings and trailing"
          + " white space" : "the text outside the Go actions differs");
    }
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      if (!sameYaml(pa.get(i).yaml(), pb.get(i).yaml())) {
        return new Result(false, false, "the YAML rendered with " + pa.get(i).description() + " differs");
      }
    }
    return new Result(false, true, "same Go actions and the same YAML in every branch");
  }

  // sameYaml compares the YAML data of two projections; projections that are not strict YAML
  // are compared as text with line endings and trailing white space ignored.
  private static boolean sameYaml(String a, String b) {
    try {
      Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build());
      List<Object> x = new ArrayList<>();
      load.loadAllFromString(a).forEach(x::add);
      List<Object> y = new ArrayList<>();
      load.loadAllFromString(b).forEach(y::add);
      return x.equals(y);
    } catch (RuntimeException notYaml) {
      return stripped(a).equals(stripped(b));
    }
  }

  private static String stripped(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : LineEnding.toLf(text).split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  // PUNCTUATION are the characters Go's lexer reads as tokens of their own, so white space next to
  // them separates nothing ({{ .Y | quote }} is {{.Y|quote}}), unlike between words ({{ .X .Y }}).
  private static final String PUNCTUATION = "|()=:,";

  // normalised drops the delimiters, keeps trim markers as flags and collapses white space
  // outside "..." and `...` literals (Go's lexer ignores it there).
  static String normalised(String action) {
    String s = action;
    boolean trimLeft = s.startsWith("{{- ");
    boolean trimRight = s.endsWith(" -}}");
    s = s.substring(trimLeft ? 4 : 2, s.length() - (trimRight ? 4 : 2));
    StringBuilder out = new StringBuilder(trimLeft ? "-" : "").append('|');
    char quote = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == '\\' && quote == '"' && i + 1 < s.length()) {
          out.append(s.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 1 && !PUNCTUATION.contains(String.valueOf(out.charAt(out.length() - 1)))
          && !PUNCTUATION.contains(String.valueOf(c))) {
        out.append(' ');
      }
      space = false;
      if (c == '"' || c == '`') {
        quote = c;
      }
      out.append(c);
    }
    return out.append('|').append(trimRight ? "-" : "").toString();
  }
}
