package dev.tmplpatch.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TestFuncs mirrors the functions core/src/test/go/execfuzz gives its templates, so the
 * executor's argument checks, conversions and error texts for user functions are compared too.
 */
final class TestFuncs {
  private TestFuncs() {
  }

  // The typed data object of execfuzz's struct mode (main.go: Mode, Inner, Top).
  static final GoType MODE = GoType.named("main.Mode", GoType.INT32);
  static final GoType INNER = GoType.declareStruct("main.Inner");
  static final GoType TOP;

  static {
    MODE.addMethod("String", false, GoFunc.of(GoType.STRING, a -> {
      long m = a[0].longValue();
      return Value.of(m == 0 ? "OFF" : m == 1 ? "ON" : "Mode(" + m + ")");
    }));
    INNER.defineFields(List.of(GoType.field("Name", GoType.STRING),
        GoType.field("Tags", GoType.STRING_MAP), GoType.field("Ptr", GoType.pointerTo(INNER)),
        GoType.field("hidden", GoType.INT)));
    INNER.addMethod("Greet", true, GoFunc.of(GoType.STRING,
        a -> Value.of("hi " + a[1].stringValue() + " from " + a[0].elem().field(0).stringValue()),
        GoType.STRING));
    INNER.addMethod("Upper", false, GoFunc.of(GoType.STRING,
        a -> Value.of(a[0].field(0).stringValue().toUpperCase(Locale.ROOT))));
    TOP = GoType.struct("main.Top", List.of(GoType.embedded(INNER),
        GoType.field("Values", GoType.ANY_MAP), GoType.field("List", GoType.sliceOf(INNER)),
        GoType.field("Mode", MODE), GoType.field("Modes", GoType.sliceOf(MODE)),
        GoType.field("Count", GoType.INT), GoType.field("Ratio", GoType.FLOAT64),
        GoType.field("Nil", GoType.pointerTo(INNER)), GoType.field("Any", GoType.ANY),
        GoType.field("U", GoType.UINT8), GoType.field("Names", GoType.STRING_SLICE)));
  }

  private static Value inner(String name, Map<String, Value> tags, Value ptr, long hidden) {
    return Value.ofStruct(INNER, Value.of(name), Value.ofMap(GoType.STRING_MAP, tags), ptr,
        Value.ofInt(hidden));
  }

  /** top is main.go's top(data): a *Top around the decoded JSON. */
  static Value top(Value data) {
    Map<String, Value> tags = new LinkedHashMap<>();
    tags.put("b", Value.of("2"));
    tags.put("a", Value.of("1"));
    Value values = data.kind() == GoType.Kind.MAP ? data : Value.ofMap(GoType.ANY_MAP, null);
    return Value.pointerTo(Value.ofStruct(TOP,
        inner("top", tags, Value.pointerTo(inner("child", null, Value.nilPointer(INNER), 0)), 3),
        values,
        Value.ofSlice(GoType.sliceOf(INNER), List.of(
            inner("x", null, Value.nilPointer(INNER), 0),
            inner("y", Map.of(), Value.nilPointer(INNER), 0))),
        Value.ofNumber(MODE, 1),
        Value.ofSlice(GoType.sliceOf(MODE), List.of(Value.ofNumber(MODE, 0),
            Value.ofNumber(MODE, 1), Value.ofNumber(MODE, 7))),
        Value.ofInt(3), Value.ofFloat64(0.5), Value.nilPointer(INNER), data,
        Value.ofNumber(GoType.UINT8, 200),
        Value.ofSlice(GoType.STRING_SLICE, List.of(Value.of("p"), Value.of("q")))));
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
