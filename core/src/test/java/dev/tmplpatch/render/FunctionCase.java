package dev.tmplpatch.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FunctionCase is one call of a template function with Go-typed arguments, in the JSON form the
 * Go reference (core/src/test/go/funcs) reads, and its Java result in the form that program
 * prints: the result's %T, its json.Marshal and its fmt.Sprint, or the error text.
 */
record FunctionCase(String fn, List<Arg> args) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Arg is a Go type name (see the Go program's argTypes, or "nil") and a JSON value. */
  record Arg(String type, Object value) {
  }

  /** Result is the Go program's output line for a call. */
  record Result(String type, String json, String print, String err) {
    static Result of(JsonNode n) {
      return new Result(text(n, "type"), text(n, "json"), text(n, "print"), text(n, "err"));
    }

    private static String text(JsonNode n, String f) {
      return n.has(f) ? n.get(f).asText() : "";
    }
  }

  /** toJson is the input line for the Go program. */
  String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("fn", fn);
    ArrayNode a = o.putArray("args");
    for (Arg arg : args) {
      ObjectNode n = a.addObject();
      n.put("t", arg.type());
      n.set("v", JSON.valueToTree(arg.value()));
    }
    return o.toString();
  }

  /** run calls the Java function as the executor would and prints its result as Go does. */
  Result run(FuncMap funcs) {
    GoFunc f = funcs.get(fn);
    if (f == null) {
      return new Result("", "", "", "function not defined: " + fn);
    }
    List<GoType> params = f.signature().params();
    Value[] vs = new Value[args.size()];
    for (int i = 0; i < vs.length; i++) {
      GoType pt = f.signature().variadic() && i >= params.size() - 1
          ? params.get(params.size() - 1).elem() : params.get(i);
      vs[i] = value(args.get(i), pt);
    }
    Value out;
    try {
      out = f.call(vs);
    } catch (GoError e) {
      return new Result("", "", "", e.getMessage());
    }
    Value c = out.concrete();
    String type = c.isValid() ? c.type().toString() : "<nil>";
    String json;
    try {
      json = GoJson.marshal(out);
    } catch (GoError e) {
      json = "!" + e.getMessage();
    }
    String print = GoFmt.sprint(new Value[] {c.isValid() ? out : Value.nilInterface()});
    return new Result(type, json, print, "");
  }

  /** value builds the Go value the Go program decodes for an argument of parameter type pt. */
  static Value value(Arg a, GoType pt) {
    if (a.type().equals("nil")) {
      return Value.zero(pt);
    }
    Object v = a.value();
    switch (a.type()) {
      case "string":
        return Value.of((String) v);
      case "int":
        return Value.ofInt(((Number) v).longValue());
      case "int64":
        return Value.ofNumber(GoType.INT64, ((Number) v).longValue());
      case "float64":
        return Value.ofFloat64(((Number) v).doubleValue());
      case "bool":
        return Value.of((Boolean) v);
      case "map[string]interface {}":
      case "[]interface {}":
        return JsonValues.fromJson(v);
      case "map[string]string": {
        Map<String, Value> m = new LinkedHashMap<>();
        ((Map<?, ?>) v).forEach((k, x) -> m.put((String) k, Value.of((String) x)));
        return Value.ofMap(GoType.STRING_MAP, m);
      }
      case "[]string": {
        List<Value> l = new ArrayList<>();
        ((List<?>) v).forEach(x -> l.add(Value.of((String) x)));
        return Value.ofSlice(GoType.STRING_SLICE, l);
      }
      case "[]int": {
        List<Value> l = new ArrayList<>();
        ((List<?>) v).forEach(x -> l.add(Value.ofInt(((Number) x).longValue())));
        return Value.ofSlice(GoType.sliceOf(GoType.INT), l);
      }
      default:
        throw new IllegalArgumentException("argument type " + a.type());
    }
  }
}
