package dev.tmplpatch.render;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IstiodFunctions composes the function map istiod parses templates with:
 * {@code template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(InjectionFuncmap)}, i.e.
 * {@link SprigFunctions} then {@link IstioFunctions}, Istio's names ({@code indent contains env
 * omit}) replacing sprig's; each Istio function only in the releases that have it
 * (shared/research/istio-funcs-by-release.md): {@code toJson} as Istio's alias only before
 * 1.19.0, {@code mergeMaps} from 1.21.0, {@code omitNil} in 1.28.6+, 1.29.1+ and 1.30.0+,
 * {@code otelResourceAttributes} from 1.30.0.
 */
public final class IstiodFunctions {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  private IstiodFunctions() {
  }

  /**
   * forRelease is istiod's function map for a release ("1.26.2", "1.31.0-rc.0"; "master" or
   * null for the newest), with istiod's type names and {@code env} reading this process's
   * environment as istiod reads its own.
   */
  public static FuncMap forRelease(String version) {
    return forRelease(version, IstiodTypes.ISTIOD, System::getenv);
  }

  /** forRelease with an explicit type set and environment. */
  public static FuncMap forRelease(String version, IstiodTypes types, UnaryOperator<String> env) {
    int[] v = parse(version);
    Map<String, GoFunc> istio = IstioFunctions.all(types, env);
    FuncMap m = SprigFunctions.funcMap();
    for (Map.Entry<String, GoFunc> e : istio.entrySet()) {
      if (has(e.getKey(), v)) {
        m = m.with(e.getKey(), e.getValue());
      }
    }
    if (before(v, 1, 19, 0)) {
      m = m.with("toJson", istio.get("toJSON"));
    }
    return m;
  }

  /** has reports whether istiod of version v registers the Istio function name. */
  static boolean has(String name, int[] v) {
    switch (name) {
      case "mergeMaps":
        return !before(v, 1, 21, 0);
      case "omitNil":
        return !before(v, 1, 30, 0) || (v[0] == 1 && v[1] == 29 && v[2] >= 1)
            || (v[0] == 1 && v[1] == 28 && v[2] >= 6);
      case "otelResourceAttributes":
        return !before(v, 1, 30, 0);
      default:
        return true;
    }
  }

  /** parse reads major.minor.patch; "master", null or unreadable is the newest. */
  static int[] parse(String version) {
    if (version == null) {
      return new int[] {Integer.MAX_VALUE, 0, 0};
    }
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return new int[] {Integer.MAX_VALUE, 0, 0};
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
  }

  private static boolean before(int[] v, int major, int minor, int patch) {
    if (v[0] != major) {
      return v[0] < major;
    }
    if (v[1] != minor) {
      return v[1] < minor;
    }
    return v[2] < patch;
  }
}
