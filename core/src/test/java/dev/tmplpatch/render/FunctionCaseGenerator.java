package dev.tmplpatch.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * FunctionCaseGenerator makes seeded, well-typed calls of the sprig and Istio functions that
 * {@link SprigFunctions} and {@link IstioFunctions} provide: strings that stress YAML quoting,
 * folding and Unicode, numbers at JSON/YAML formatting edges, nested JSON trees, typed scalars,
 * nils and wrong kinds where the function takes {@code interface {}}.
 */
final class FunctionCaseGenerator {
  private static final String[] STRINGS = {"", "a", "abc", " x ", "\n", "a\nb", "a\n", "a\n\n",
    "yes", "no", "on", "true", "True", "1", "-1", "1.5", "0x1F", "0o17", "017", "08", "1_000",
    "null", "~", "-", "- a", "a: b", "a:b", "#c", "x #y", "é", "日本語", "<&>", "\"q\"", "'s'",
    "2006-01-02", "2006-1-2 15:04:05", "  lead", "trail  ", "\t", "ß", "İ", "1e3", ".5", "+1",
    "_1", "[1]", "{}", ",", ", ,", "80,443", " 80 , 8080", "15020", "0", "3.0", "1.000", "abc.0",
    "a/b/c", "/a/b/", "file", "/", "{\"a\": 1}", "[{\"name\": \"n\"}]", "[1, 2]", "x, y",
    "istio-cni", "istio-cni, other", "\u2028", "\u0085x", "tab\there", "back\\slash",
    "emoji \uD83D\uDE00", "---", "...", "@at", "`tick", "!bang", "%p", "&a", "*b", "|", ">",
    "?", "? x", "-x", ": x", "a ", " ", "0.0", "-0", "1e400", "9223372036854775808", "Hello World",
    "hello_world foo-bar", "ALL CAPS"};
  private static final double[] FLOATS = {0, 1, -1, 1.5, 0.1, 1e6, 1e21, 1e20, 1e-6, 1e-7,
    123456789012.0, 9007199254740993.0, -2.5, 3.0, 1e100, 0.000001234, 15020, 80};
  private static final String ALPHABET = "ab :-#\n\t'\"{}[],.01é_x/\\&<";

  private final Random r;

  FunctionCaseGenerator(long seed) {
    this.r = new Random(seed);
  }

  private interface Gen {
    List<FunctionCase.Arg> args(FunctionCaseGenerator g);
  }

  private record Fn(String name, Gen gen) {
  }

  private static final List<Fn> FNS = new ArrayList<>();

  private static void fn(String name, Gen gen) {
    FNS.add(new Fn(name, gen));
  }

  static {
    fn("default", g -> g.anys(1, 3));
    fn("empty", g -> g.anys(1, 1));
    fn("coalesce", g -> g.anys(0, 3));
    fn("ternary", g -> List.of(g.any(), g.any(), g.bool()));
    fn("list", g -> g.anys(0, 3));
    fn("dict", g -> {
      List<FunctionCase.Arg> a = new ArrayList<>();
      int n = g.r.nextInt(5);
      for (int i = 0; i < n; i++) {
        a.add(i % 2 == 0 && g.r.nextInt(4) > 0 ? g.str() : g.any());
      }
      return a;
    });
    fn("get", g -> List.of(g.anyMap(), g.keyLike()));
    fn("hasKey", g -> List.of(g.anyMap(), g.keyLike()));
    fn("pick", g -> g.withStrings(g.anyMap(), 0, 3));
    for (String s : new String[] {"upper", "lower", "title", "trim", "toLower", "b64enc",
        "sha256sum", "directory", "kubevirtInterfaces", "excludeInterfaces", "fromJSON"}) {
      fn(s, g -> List.of(g.str()));
    }
    for (String s : new String[] {"trimAll", "trimSuffix", "trimPrefix", "hasPrefix",
        "hasSuffix", "contains", "splitList", "appendMultusNetwork"}) {
      fn(s, g -> List.of(g.shortStr(), g.str()));
    }
    fn("replace", g -> List.of(g.shortStr(), g.shortStr(), g.str()));
    fn("quote", g -> g.anys(0, 3));
    fn("squote", g -> g.anys(0, 3));
    fn("cat", g -> g.anys(0, 3));
    fn("nindent", g -> List.of(g.smallInt(), g.str()));
    fn("indent", g -> List.of(g.smallInt(), g.str()));
    // trunc cuts UTF-8 bytes; a cut inside a rune gives Go invalid UTF-8, which a Java string
    // cannot hold (a known difference, see SprigFunctions), so its strings here are ASCII.
    fn("trunc", g -> List.of(new FunctionCase.Arg("int", g.r.nextInt(21) - 10), g.asciiStr()));
    fn("toString", g -> List.of(g.any()));
    fn("toJson", g -> List.of(g.any()));
    fn("toPrettyJson", g -> List.of(g.any()));
    fn("structToJSON", g -> List.of(g.any()));
    fn("toYaml", g -> List.of(g.any()));
    fn("toYaml", g -> List.of(g.yamlTree()));
    fn("join", g -> List.of(g.shortStr(), g.any()));
    fn("sortAlpha", g -> List.of(g.any()));
    for (String s : new String[] {"int", "int64", "float64", "add1", "first", "last", "uniq",
        "typeOf", "kindOf", "omitNil"}) {
      fn(s, g -> List.of(g.any()));
    }
    for (String s : new String[] {"sub", "div", "mod", "append", "has", "valueOrDefault",
        "excludeInboundPort"}) {
      fn(s, g -> List.of(g.any(), s.equals("excludeInboundPort") ? g.str() : g.any()));
    }
    for (String s : new String[] {"add", "concat"}) {
      fn(s, g -> g.anys(0, 3));
    }
    for (String s : new String[] {"mul", "max", "min", "without"}) {
      fn(s, g -> g.anys(1, 3));
    }
    fn("typeIs", g -> List.of(g.typeName(), g.any()));
    fn("kindIs", g -> List.of(g.kindName(), g.any()));
    fn("isset", g -> List.of(g.stringMap(), g.keyLike()));
    fn("omit", g -> g.withStrings(g.stringMap(), 0, 3));
    fn("strdict", g -> {
      List<FunctionCase.Arg> a = new ArrayList<>();
      int n = g.r.nextInt(5);
      for (int i = 0; i < n; i++) {
        a.add(g.keyLike());
      }
      return a;
    });
    fn("toJsonMap", g -> g.stringMaps());
    fn("mergeMaps", g -> g.stringMaps());
    fn("toJSON", g -> List.of(g.r.nextInt(6) == 0 ? new FunctionCase.Arg("nil", null)
        : g.stringMap()));
    fn("env", g -> List.of(new FunctionCase.Arg("string", "TMPLPATCH_UNSET_VARIABLE"), g.str()));
  }

  /** next makes the next case. */
  FunctionCase next() {
    Fn f = FNS.get(r.nextInt(FNS.size()));
    return new FunctionCase(f.name(), f.gen().args(this));
  }

  private List<FunctionCase.Arg> anys(int min, int max) {
    List<FunctionCase.Arg> a = new ArrayList<>();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      a.add(any());
    }
    return a;
  }

  private List<FunctionCase.Arg> withStrings(FunctionCase.Arg first, int min, int max) {
    List<FunctionCase.Arg> a = new ArrayList<>(List.of(first));
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      a.add(keyLike());
    }
    return a;
  }

  private List<FunctionCase.Arg> stringMaps() {
    List<FunctionCase.Arg> a = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      a.add(stringMap());
    }
    return a;
  }

  private FunctionCase.Arg bool() {
    return new FunctionCase.Arg("bool", r.nextBoolean());
  }

  private FunctionCase.Arg smallInt() {
    return new FunctionCase.Arg("int", r.nextInt(20) == 0 ? -1 : r.nextInt(13));
  }

  private String rawStr() {
    switch (r.nextInt(5)) {
      case 0: case 1:
        return STRINGS[r.nextInt(STRINGS.length)];
      case 2: {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
          sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
      }
      case 3: {
        StringBuilder sb = new StringBuilder();
        int n = 60 + r.nextInt(140);
        while (sb.length() < n) {
          sb.append(r.nextInt(8) == 0 ? "  " : " ").append("word".substring(0, 1 + r.nextInt(4)))
              .append(r.nextInt(30) == 0 ? "\n" : "");
        }
        return r.nextBoolean() ? sb.toString().strip() : sb.toString();
      }
      default:
        return STRINGS[r.nextInt(STRINGS.length)] + STRINGS[r.nextInt(STRINGS.length)];
    }
  }

  private FunctionCase.Arg str() {
    return new FunctionCase.Arg("string", rawStr());
  }

  private FunctionCase.Arg asciiStr() {
    return new FunctionCase.Arg("string", rawStr().replaceAll("[^\\x00-\\x7f]", "?"));
  }

  private FunctionCase.Arg shortStr() {
    String[] pool = {"", "a", " ", "\n", ",", "-", "ab", "x", "é", "/", "b", "c "};
    return new FunctionCase.Arg("string", r.nextBoolean() ? pool[r.nextInt(pool.length)]
        : rawStr());
  }

  private FunctionCase.Arg keyLike() {
    String[] pool = {"a", "b", "c", "", "key", "x.y", "A"};
    return new FunctionCase.Arg("string", pool[r.nextInt(pool.length)]);
  }

  private FunctionCase.Arg typeName() {
    String[] pool = {"string", "int", "int64", "float64", "bool", "map[string]interface {}",
      "[]interface {}", "<nil>", "[]string", "map[string]string"};
    return new FunctionCase.Arg("string", pool[r.nextInt(pool.length)]);
  }

  private FunctionCase.Arg kindName() {
    String[] pool = {"string", "int", "int64", "float64", "bool", "map", "slice", "invalid"};
    return new FunctionCase.Arg("string", pool[r.nextInt(pool.length)]);
  }

  private FunctionCase.Arg stringMap() {
    Map<String, String> m = new LinkedHashMap<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      m.put((String) keyLike().value(), rawStr());
    }
    return new FunctionCase.Arg("map[string]string", m);
  }

  private FunctionCase.Arg anyMap() {
    return new FunctionCase.Arg("map[string]interface {}", jsonMap(2));
  }

  private FunctionCase.Arg yamlTree() {
    return new FunctionCase.Arg("map[string]interface {}", jsonMap(3));
  }

  private Map<String, Object> jsonMap(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      String k = r.nextInt(4) == 0 ? rawStr() : (String) keyLike().value()
          + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(12)));
      m.put(k, jsonValue(depth - 1));
    }
    return m;
  }

  private Object jsonValue(int depth) {
    int k = r.nextInt(depth > 0 ? 7 : 5);
    switch (k) {
      case 0: return rawStr();
      case 1: return FLOATS[r.nextInt(FLOATS.length)];
      case 2: return r.nextBoolean();
      case 3: return r.nextInt(8) == 0 ? null : (long) (r.nextInt(2001) - 1000);
      case 4: return rawStr();
      case 5: return jsonMap(depth);
      default: {
        List<Object> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(jsonValue(depth - 1));
        }
        return l;
      }
    }
  }

  private FunctionCase.Arg any() {
    switch (r.nextInt(12)) {
      case 0: return str();
      case 1: return str();
      case 2: return new FunctionCase.Arg("int", (long) (r.nextInt(41) - 20));
      case 3: return new FunctionCase.Arg("int64", (long) r.nextInt(100000));
      case 4: return new FunctionCase.Arg("float64", FLOATS[r.nextInt(FLOATS.length)]);
      case 5: return bool();
      case 6: return anyMap();
      case 7: {
        List<Object> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(jsonValue(1));
        }
        return new FunctionCase.Arg("[]interface {}", l);
      }
      case 8: return stringMap();
      case 9: {
        List<String> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(rawStr());
        }
        return new FunctionCase.Arg("[]string", l);
      }
      case 10: {
        List<Long> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add((long) r.nextInt(5));
        }
        return new FunctionCase.Arg("[]int", l);
      }
      default:
        return new FunctionCase.Arg("nil", null);
    }
  }
}
