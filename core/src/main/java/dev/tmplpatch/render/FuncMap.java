package dev.tmplpatch.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * FuncMap is Go's template.FuncMap: named functions a template may call besides the builtins.
 *
 * <p>Immutable; {@link #with} and {@link #and} return new maps in which later names override
 * earlier ones, like successive {@code Funcs} calls (istiod: sprig's map, then Istio's). A name in
 * a FuncMap also overrides a builtin of that name, as in Go.
 */
public final class FuncMap {
  private static final FuncMap EMPTY = new FuncMap(Map.of());

  private final Map<String, GoFunc> funcs;

  private FuncMap(Map<String, GoFunc> funcs) {
    this.funcs = funcs;
  }

  public static FuncMap empty() {
    return EMPTY;
  }

  /** of returns a map of the given functions (names checked as Go's Funcs does). */
  public static FuncMap of(Map<String, GoFunc> functions) {
    Map<String, GoFunc> m = new LinkedHashMap<>();
    for (Map.Entry<String, GoFunc> e : functions.entrySet()) {
      checkName(e.getKey());
      m.put(e.getKey(), Objects.requireNonNull(e.getValue(), "function"));
    }
    return new FuncMap(Collections.unmodifiableMap(m));
  }

  /** with returns a copy with one more function (replacing one of the same name). */
  public FuncMap with(String name, GoFunc f) {
    checkName(name);
    Map<String, GoFunc> m = new LinkedHashMap<>(funcs);
    m.put(name, Objects.requireNonNull(f, "function"));
    return new FuncMap(Collections.unmodifiableMap(m));
  }

  /** and returns a copy with all of {@code later}'s functions added, overriding same names. */
  public FuncMap and(FuncMap later) {
    Map<String, GoFunc> m = new LinkedHashMap<>(funcs);
    m.putAll(later.funcs);
    return new FuncMap(Collections.unmodifiableMap(m));
  }

  /** get returns the function of that name, or null. */
  public GoFunc get(String name) {
    return funcs.get(name);
  }

  /** names are the function names. */
  public Set<String> names() {
    return funcs.keySet();
  }

  // Go's goodName: a letter or '_' first, then letters, digits or '_'.
  private static void checkName(String name) {
    boolean ok = !name.isEmpty();
    for (int i = 0; ok && i < name.length(); ) {
      int r = name.codePointAt(i);
      if (r != '_' && !(Character.isLetter(r) || (i > 0 && Character.isDigit(r)))) {
        ok = false;
      }
      i += Character.charCount(r);
    }
    if (!ok) {
      throw new IllegalArgumentException("function name " + GoStrings.quote(name)
          + " is not a valid identifier");
    }
  }
}
