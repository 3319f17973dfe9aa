package dev.tmplpatch.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TestFuncs mirrors the functions core/src/test/go/execfuzz gives its templates, so the
 * executor's argument checks, conversions and error texts for user functions are compared too.
 */
final class TestFuncs {
  private TestFuncs() {
  }

  static FuncMap funcs() {
    return FuncMap.empty()
        .with("upper", GoFunc.of(GoType.STRING,
            a -> Value.of(a[0].stringValue().toUpperCase(Locale.ROOT)), GoType.STRING))
        .with("add", GoFunc.of(GoType.INT,
            a -> Value.ofInt(a[0].longValue() + a[1].longValue()), GoType.INT, GoType.INT))
        .with("joinw", GoFunc.variadic(GoType.STRING, false, a -> {
          List<String> xs = new ArrayList<>();
          for (int i = 1; i < a.length; i++) {
            xs.add(a[i].stringValue());
          }
          return Value.of(String.join(a[0].stringValue(), xs));
        }, GoType.STRING, GoType.STRING))
        .with("failif", GoFunc.withError(GoType.STRING, a -> {
          if (a[0].bool()) {
            throw new GoError("boom");
          }
          return Value.of("fine");
        }, GoType.BOOL))
        .with("id", GoFunc.of(GoType.ANY, a -> a[0], GoType.ANY))
        .with("twice", GoFunc.of(GoType.FLOAT64,
            a -> Value.ofFloat64(a[0].floatValue() * 2), GoType.FLOAT64))
        .with("u8", GoFunc.of(GoType.UINT8,
            a -> Value.ofNumber(GoType.UINT8, a[0].longValue() + 1), GoType.UINT8))
        .with("strs", GoFunc.variadic(GoType.STRING_SLICE, false,
            a -> Value.ofSlice(GoType.STRING_SLICE, List.of(a)), GoType.STRING));
  }
}
