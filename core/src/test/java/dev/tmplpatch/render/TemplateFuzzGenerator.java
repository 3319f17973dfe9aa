package dev.tmplpatch.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * TemplateFuzzGenerator makes small random Go templates and JSON data from a seed: fields and
 * chains, variables, pipelines, the builtins and TestFuncs' functions, control structures,
 * define/template/block, break/continue, trim markers, literals of every kind. Most are valid;
 * some fail to parse or to execute, which is compared too.
 */
final class TemplateFuzzGenerator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] KEYS = {"a", "b", "s", "n", "l", "m", "x", "f", "e", "Z"};
  private static final String[] FIELDS = {"a", "b", "s", "n", "l", "m", "x", "f", "e", "Z", "q",
      "s", "x", "b"};
  private static final String[] STRINGS = {"", "x", "hello", "a b", "<&>'\"", "héllo", "日本",
      "tab\there", "line\nbreak", "%d", "0", "true", "-1.5"};
  private static final Object[] NUMBERS = {0, 1, -1, 2, 3, 7, 42, 100, 255, 256, -128, 1000000,
      1.5, -0.25, 0.1, 1e21, 1e20, 1e-7, 123456789, 3.0, 2.5e-5, 9007199254740993L, 65.0, 1e6};
  private static final String[] LITERALS = {"1", "-3", "0", "2", "1.5", "1e3", "0x1F", "'a'",
      "\"str\"", "\"\"", "`raw`", "true", "false", "3.0", "-0.5", "0777", "1_000", "\"a b\"",
      "\"%v\"", "\"é\"", "1+2i", "2i", "0x1p-2", "0b101", "'\\n'", "-0", "1e-5", "0o17",
      "\"\\u00e9\\t\"", "9223372036854775807", "18446744073709551615", "1.0"};
  private static final String[] FUNCS1 = {"len", "not", "print", "println", "html", "js",
      "urlquery", "upper", "id", "twice", "u8", "printf"};
  private static final String[] FUNCS2 = {"eq", "ne", "lt", "le", "gt", "ge", "and", "or",
      "index", "slice", "add", "print", "printf", "joinw", "strs", "call"};
  private static final String[] FORMATS = {"%v", "%d", "%s", "%q", "%x", "%X", "%5d", "%-5s|",
      "%.2f", "%g", "%e", "%t", "%c", "%U", "%o", "%b", "%+v", "%#v", "%08.3f", "%3.1s", "%%",
      "%v %v", "%[2]v %[1]v", "%*d", "%.*f", "%!", "%w", "%T", "%6.2e", "% d", "%+d",
      "%#x", "%x %X", "%10.4g", "%-8q|", "%z"};

  private final Random r;
  private final List<List<String>> scopes = new ArrayList<>();
  private int rangeDepth;
  private int depth;
  private final List<String> defined = new ArrayList<>();

  TemplateFuzzGenerator(long seed) {
    this.r = new Random(seed);
  }

  /** Case is one template and its data as JSON text, wrapped in a *main.Top if typed. */
  record Case(String template, String data, boolean typed) {
  }

  private static final String[] STRUCT_FIELDS = {"Name", "Tags", "Ptr", "Values", "List", "Mode",
      "Modes", "Count", "Ratio", "Nil", "Any", "U", "Names", "Greet", "Upper", "hidden",
      "Nope", "Inner", "Values.s", "Values.l", "Ptr.Name", "Nil.Name", "Tags.a", "Any.x", "Mode",
      "Ptr.Greet", "Inner.Upper", "Ptr.Ptr", "Ptr.Ptr.Name"};
  private boolean typed;

  Case next() {
    scopes.clear();
    scopes.add(new ArrayList<>(List.of("$")));
    rangeDepth = 0;
    depth = 0;
    defined.clear();
    typed = r.nextInt(4) == 0;
    StringBuilder t = new StringBuilder();
    if (r.nextInt(6) == 0) {
      String name = r.nextBoolean() ? "d" : "e";
      t.append("{{define \"").append(name).append("\"}}");
      scopes.add(new ArrayList<>(List.of("$")));
      List<List<String>> saved = new ArrayList<>(scopes);
      scopes.clear();
      scopes.add(new ArrayList<>(List.of("$")));
      list(t, 2);
      scopes.clear();
      scopes.addAll(saved);
      scopes.remove(scopes.size() - 1);
      t.append("{{end}}");
      defined.add(name); // after its body: a template calling itself would never end
    }
    list(t, 1 + r.nextInt(4));
    try {
      return new Case(t.toString(), JSON.writeValueAsString(data()), typed);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- data ---------------------------------------------------------------------------------

  private Object data() {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = 3 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      String k = KEYS[r.nextInt(KEYS.length)];
      m.put(k, value(k, 0));
    }
    if (r.nextInt(10) == 0) {
      return r.nextBoolean() ? List.of(1, "x") : "top";
    }
    return m;
  }

  private Object value(String key, int d) {
    switch (key) {
      case "n": return null;
      case "s": return STRINGS[r.nextInt(STRINGS.length)];
      case "b": return r.nextBoolean();
      case "l": return list(d);
      case "m": return map(d);
      case "x": return NUMBERS[r.nextInt(NUMBERS.length)];
      default: return anyValue(d);
    }
  }

  private Object anyValue(int d) {
    switch (r.nextInt(d > 1 ? 5 : 7)) {
      case 0: return null;
      case 1: return STRINGS[r.nextInt(STRINGS.length)];
      case 2: return r.nextBoolean();
      case 3: case 4: return NUMBERS[r.nextInt(NUMBERS.length)];
      case 5: return list(d + 1);
      default: return map(d + 1);
    }
  }

  private List<Object> list(int d) {
    List<Object> l = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      l.add(d > 1 ? NUMBERS[r.nextInt(NUMBERS.length)] : anyValue(d + 1));
    }
    return l;
  }

  private Map<String, Object> map(int d) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String k = KEYS[r.nextInt(KEYS.length)];
      m.put(k, d > 1 ? STRINGS[r.nextInt(STRINGS.length)] : anyValue(d + 1));
    }
    return m;
  }

  // ---- templates ------------------------------------------------------------------------------

  private void list(StringBuilder t, int n) {
    for (int i = 0; i < n; i++) {
      node(t);
    }
  }

  private void text(StringBuilder t) {
    String[] texts = {"x", " ", "\n", "-", " a ", "\n  ", "é", ","};
    t.append(texts[r.nextInt(texts.length)]);
  }

  private String open() {
    return r.nextInt(6) == 0 ? "{{- " : "{{";
  }

  private String close() {
    return r.nextInt(6) == 0 ? " -}}" : "}}";
  }

  private void node(StringBuilder t) {
    depth++;
    int choice = depth > 3 ? r.nextInt(3) : r.nextInt(12);
    switch (choice) {
      case 0:
        text(t);
        break;
      case 1: case 2: case 3:
        t.append(open()).append(pipeline(true)).append(close());
        break;
      case 4:
        branch(t, "if");
        break;
      case 5:
        branch(t, "with");
        break;
      case 6: case 7:
        range(t);
        break;
      case 8: {
        String v = "$" + "vwxyz".charAt(r.nextInt(5));
        boolean assign = r.nextInt(4) == 0 && visible(v);
        t.append(open()).append(v).append(assign ? " = " : " := ").append(pipeline(false))
            .append(close());
        if (!assign) {
          scopes.get(scopes.size() - 1).add(v);
        }
        break;
      }
      case 9:
        if (rangeDepth > 0) {
          t.append(r.nextBoolean() ? "{{break}}" : "{{continue}}");
        } else {
          text(t);
        }
        break;
      case 10:
        if (!defined.isEmpty() && r.nextBoolean()) {
          t.append("{{template \"").append(defined.get(r.nextInt(defined.size()))).append('"');
          if (r.nextInt(3) > 0) {
            t.append(' ').append(pipeline(false));
          }
          t.append("}}");
        } else if (r.nextInt(12) == 0) {
          t.append("{{template \"nope\"}}");
        } else {
          String name = "b" + r.nextInt(3);
          t.append("{{block \"").append(name).append("\" ").append(pipeline(false)).append("}}");
          List<List<String>> saved = new ArrayList<>(scopes);
          scopes.clear();
          scopes.add(new ArrayList<>(List.of("$")));
          int rd = rangeDepth;
          rangeDepth = 0;
          node(t);
          rangeDepth = rd;
          scopes.clear();
          scopes.addAll(saved);
          t.append("{{end}}");
        }
        break;
      default:
        t.append("{{/* c */}}");
        text(t);
    }
    depth--;
  }

  private boolean visible(String v) {
    for (List<String> s : scopes) {
      if (s.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private void branch(StringBuilder t, String kw) {
    t.append(open()).append(kw).append(' ').append(pipeline(false)).append(close());
    scopes.add(new ArrayList<>());
    node(t);
    scopes.remove(scopes.size() - 1);
    int e = r.nextInt(4);
    if (e == 1) {
      t.append("{{else}}");
      node(t);
    } else if (e == 2) {
      t.append("{{else ").append(kw).append(' ').append(pipeline(false)).append("}}");
      scopes.add(new ArrayList<>());
      node(t);
      scopes.remove(scopes.size() - 1);
    }
    t.append(open()).append("end").append(close());
  }

  private void range(StringBuilder t) {
    t.append(open()).append("range ");
    List<String> scope = new ArrayList<>();
    int vars = r.nextInt(3);
    if (vars == 1) {
      t.append("$e := ");
      scope.add("$e");
    } else if (vars == 2) {
      t.append("$i, $e := ");
      scope.add("$i");
      scope.add("$e");
    }
    String[] over = typed ? new String[] {".List", ".Names", ".Tags", ".Values", ".Modes",
        ".Count", ".Values.l", ".Nil", ".Ptr", "."}
        : new String[] {".l", ".m", ".x", ".", ".s", "3", "0", ".n", ".a", "$", "(slice .l 1)",
        ".q", "-2", ".m.l"};
    // A pipeline may yield up to 1000 (1_000, 0777): only the outermost range takes one, so
    // nested loops stay small.
    String head = rangeDepth == 0 && r.nextInt(3) == 0 ? pipeline(false) : null;
    if (head == null || head.contains("9223372036854775807")
        || head.contains("18446744073709551615")) {
      head = over[r.nextInt(over.length)]; // a range over 2^63 would never end
    }
    t.append(head);
    t.append(close());
    scopes.add(scope);
    rangeDepth++;
    node(t);
    if (r.nextBoolean()) {
      node(t);
    }
    rangeDepth--;
    scopes.remove(scopes.size() - 1);
    if (r.nextInt(3) == 0) {
      t.append("{{else}}");
      node(t);
    }
    t.append(open()).append("end").append(close());
  }

  private String pipeline(boolean top) {
    StringBuilder p = new StringBuilder(command(0));
    while (r.nextInt(4) == 0) {
      String[] fs = {"print", "len", "not", "html", "upper", "id", "printf \"%v|\"", "eq 1",
          "index .l", "js", "println", "twice", "and 1", "or 0", "slice \"abc\" 1"};
      p.append(" | ").append(fs[r.nextInt(fs.length)]);
    }
    return p.toString();
  }

  private String operand(int d) {
    switch (r.nextInt(d > 1 ? 6 : 9)) {
      case 0: case 1:
        return field();
      case 2:
        return LITERALS[r.nextInt(LITERALS.length)];
      case 3:
        return variable();
      case 4:
        return ".";
      case 5:
        return r.nextInt(8) == 0 ? "nil" : field();
      case 6:
        return "(" + command(d + 1) + ")";
      case 7:
        return "(" + command(d + 1) + ")." + FIELDS[r.nextInt(FIELDS.length)];
      default:
        return "$." + FIELDS[r.nextInt(FIELDS.length)];
    }
  }

  private String field() {
    if (typed && r.nextInt(3) > 0) {
      String f = "." + STRUCT_FIELDS[r.nextInt(STRUCT_FIELDS.length)];
      return f.endsWith("Greet") && r.nextBoolean() ? f + " \"you\"" : f;
    }
    StringBuilder f = new StringBuilder("." + FIELDS[r.nextInt(FIELDS.length)]);
    while (r.nextInt(4) == 0) {
      f.append('.').append(FIELDS[r.nextInt(FIELDS.length)]);
    }
    return f.toString();
  }

  private String variable() {
    List<String> all = new ArrayList<>();
    for (List<String> s : scopes) {
      all.addAll(s);
    }
    String v = all.get(r.nextInt(all.size()));
    if (r.nextInt(3) == 0) {
      v += "." + FIELDS[r.nextInt(FIELDS.length)];
    }
    return v;
  }

  private String command(int d) {
    int c = r.nextInt(10);
    if (c < 4 || d > 2) {
      return operand(d);
    }
    if (c < 6) {
      String f = FUNCS1[r.nextInt(FUNCS1.length)];
      if (f.equals("printf")) {
        return "printf \"" + FORMATS[r.nextInt(FORMATS.length)] + "\" " + operand(d + 1);
      }
      return f + " " + operand(d + 1);
    }
    String f = FUNCS2[r.nextInt(FUNCS2.length)];
    int n = r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 2;
    StringBuilder s = new StringBuilder(f);
    if (f.equals("index") || f.equals("slice")) {
      String[] first = {".l", ".s", ".m", ".l", ".e", "$.l", "\"abc\"", "(strs \"p\" \"q\")"};
      s.append(' ').append(first[r.nextInt(first.length)]);
      n = r.nextInt(3);
      String[] idx = {"0", "1", "2", "3", "-1", ".x", "\"a\"", "\"s\"", "4", "(len .l)",
          "(add 1 1)"};
      for (int i = 0; i < n; i++) {
        s.append(' ').append(r.nextInt(4) == 0 ? operand(d + 1) : idx[r.nextInt(idx.length)]);
      }
      return s.toString();
    }
    if (f.equals("printf")) {
      s.append(" \"").append(FORMATS[r.nextInt(FORMATS.length)]).append('"');
      n = r.nextInt(3);
    } else if (f.equals("call")) {
      s.append(r.nextBoolean() ? " .f" : " .a");
      n = r.nextInt(2);
    }
    for (int i = 0; i < n; i++) {
      s.append(' ').append(operand(d + 1));
    }
    return s.toString();
  }
}
