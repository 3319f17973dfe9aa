package dev.tmplpatch.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * IstioFunctions are the functions istiod adds to sprig's (pkg/kube/inject/template.go,
 * {@code InjectionFuncmap}), with the signatures and results of the conformance profile's Go
 * program (core/src/test/go/render/funcs.go and gateway.go; for the functions it lacks,
 * istio's own code): {@code annotation contains env indent isset protoToJSON structToJSON
 * toLower toYaml valueOrDefault omit strdict toJsonMap omitNil mergeMaps toJSON fromJSON
 * directory excludeInboundPort includeInboundPorts applicationPorts kubevirtInterfaces
 * excludeInterfaces appendMultusNetwork otelResourceAttributes}.
 *
 * <p>Functions that take istiod's types ({@code annotation}, {@code protoToJSON}, ...) are built
 * for one {@link IstiodTypes} set. {@code formatDuration} is not provided (the data object has no
 * durations). {@code otelResourceAttributes} returns "" because the modelled MeshConfig has no
 * extension providers, which is what istiod returns without an OpenTelemetry provider.
 */
public final class IstioFunctions {
  private static final ObjectMapper STRICT_JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

  private IstioFunctions() {
  }

  /**
   * all returns every Istio function by its template name (the names of the newest release; see
   * {@link IstiodFunctions} for which release has which), {@code env} reading {@code env}.
   */
  public static Map<String, GoFunc> all(IstiodTypes types, UnaryOperator<String> env) {
    Map<String, GoFunc> m = new LinkedHashMap<>();
    m.put("annotation", GoFunc.of(GoType.STRING, a -> {
      Value v = a[0].field(5).mapIndex(a[1].stringValue());
      return v.isValid() ? v : Value.of(GoFmt.sprint(new Value[] {a[2]}));
    }, types.objectMeta, GoType.STRING, GoType.ANY));
    m.put("contains", GoFunc.of(GoType.BOOL,
        a -> Value.of(a[1].stringValue().contains(a[0].stringValue())), GoType.STRING,
        GoType.STRING));
    m.put("env", GoFunc.of(GoType.STRING, a -> {
      String v = env.apply(a[0].stringValue());
      return v == null || v.isEmpty() ? a[1] : Value.of(v);
    }, GoType.STRING, GoType.STRING));
    m.put("indent", GoFunc.of(GoType.STRING, a -> {
      String[] lines = a[1].stringValue().split("\n", -1);
      String pad = GoText.repeat(" ", (int) a[0].longValue());
      for (int i = 1; i < lines.length; i++) {
        lines[i] = pad + lines[i];
      }
      return Value.of(String.join("\n", lines));
    }, GoType.INT, GoType.STRING));
    m.put("isset", GoFunc.of(GoType.BOOL,
        a -> Value.of(a[0].mapIndex(a[1].stringValue()).isValid()), GoType.STRING_MAP,
        GoType.STRING));
    m.put("protoToJSON", GoFunc.of(GoType.STRING, a -> Value.of(protoToJSON(types, a[0])),
        GoType.pointerTo(types.proxyConfig)));
    m.put("structToJSON", GoFunc.of(GoType.STRING, a -> {
      if (SprigFunctions.isNil(a[0])) {
        return Value.of("{}");
      }
      try {
        return Value.of(GoJson.marshal(a[0]));
      } catch (GoError e) {
        return Value.of("{}");
      }
    }, GoType.ANY));
    m.put("toLower", GoFunc.of(GoType.STRING, a -> Value.of(GoText.toLower(a[0].stringValue())),
        GoType.STRING));
    m.put("toYaml", GoFunc.of(GoType.STRING, a -> {
      try {
        return Value.of(GoYaml.marshal(a[0]));
      } catch (GoError e) {
        return Value.of("");
      }
    }, GoType.ANY));
    m.put("valueOrDefault", GoFunc.of(GoType.ANY, a -> {
      Value v = a[0].concrete();
      boolean emptyString = v.isValid() && v.type() == GoType.STRING
          && v.stringValue().isEmpty();
      return !v.isValid() || emptyString ? a[1] : a[0];
    }, GoType.ANY, GoType.ANY));
    m.put("omit", GoFunc.variadic(GoType.STRING_MAP, false, a -> {
      Map<Object, Value> out = new LinkedHashMap<>(a[0].map());
      for (int i = 1; i < a.length; i++) {
        out.remove(a[i].stringValue());
      }
      return Value.ofMap(GoType.STRING_MAP, out);
    }, GoType.STRING_MAP, GoType.STRING));
    m.put("strdict", GoFunc.variadic(GoType.STRING_MAP, false, a -> {
      Map<Object, Value> out = new LinkedHashMap<>();
      for (int i = 0; i < a.length; i += 2) {
        out.put(a[i].stringValue(), i + 1 < a.length ? a[i + 1] : Value.of(""));
      }
      return Value.ofMap(GoType.STRING_MAP, out);
    }, GoType.STRING));
    m.put("toJsonMap", GoFunc.variadic(GoType.STRING, false, a -> {
      Map<Object, Value> data = new LinkedHashMap<>();
      for (Value mp : a) {
        data.putAll(mp.map());
      }
      return Value.of(GoJson.marshal(Value.ofMap(GoType.STRING_MAP, data)));
    }, GoType.STRING_MAP));
    m.put("mergeMaps", GoFunc.variadic(GoType.STRING_MAP, false, a -> {
      if (a.length == 0) {
        return Value.zero(GoType.STRING_MAP);
      }
      Map<Object, Value> data = new LinkedHashMap<>();
      for (Value mp : a) {
        data.putAll(mp.map());
      }
      return Value.ofMap(GoType.STRING_MAP, data);
    }, GoType.STRING_MAP));
    m.put("omitNil", GoFunc.of(GoType.ANY, a -> omitNil(a[0]), GoType.ANY));
    m.put("toJSON", GoFunc.of(GoType.STRING, a -> {
      if (a[0].isNil()) {
        return Value.of("{}");
      }
      return Value.of(GoJson.marshal(a[0]));
    }, GoType.STRING_MAP));
    m.put("fromJSON", GoFunc.of(GoType.ANY, a -> fromJson(a[0].stringValue()), GoType.STRING));
    m.put("directory", GoFunc.of(GoType.STRING, a -> {
      String p = a[0].stringValue();
      return Value.of(p.substring(0, p.lastIndexOf('/') + 1));
    }, GoType.STRING));
    m.put("excludeInboundPort", GoFunc.of(GoType.STRING,
        a -> Value.of(excludeInboundPort(a[0], a[1].stringValue())), GoType.ANY,
        GoType.STRING));
    GoType containers = GoType.sliceOf(types.container);
    m.put("includeInboundPorts", GoFunc.of(GoType.STRING,
        a -> Value.of(containerPorts(a[0], false)), containers));
    m.put("applicationPorts", GoFunc.of(GoType.STRING,
        a -> Value.of(containerPorts(a[0], true)), containers));
    m.put("kubevirtInterfaces", GoFunc.of(GoType.STRING, a -> a[0], GoType.STRING));
    m.put("excludeInterfaces", GoFunc.of(GoType.STRING, a -> a[0], GoType.STRING));
    m.put("appendMultusNetwork", GoFunc.of(GoType.STRING,
        a -> Value.of(appendMultusNetwork(a[0].stringValue(), a[1].stringValue())),
        GoType.STRING, GoType.STRING));
    m.put("otelResourceAttributes", GoFunc.of(GoType.STRING, a -> Value.of(""),
        GoType.pointerTo(types.meshConfig), GoType.STRING_MAP, GoType.STRING_MAP, GoType.STRING,
        containers));
    return m;
  }

  /** protoToJSON prints the ProxyConfig without the fields equal to istio's defaults. */
  static String protoToJSON(IstiodTypes types, Value pc) {
    if (pc.isNil()) {
      return "{}";
    }
    Value clean = pc.elem();
    Value defaults = IstiodData.defaultProxyConfig(types);
    Value[] fs = new Value[types.proxyConfig.fields().size()];
    for (int i = 0; i < fs.length; i++) {
      fs[i] = clean.field(i);
      // ConfigPath, BinaryPath, ServiceCluster, DiscoveryAddress, ProxyAdminPort,
      // StatNameLength, StatusPort: dropped when equal to the default.
      if (i <= 6 && fs[i].payload().equals(defaults.field(i).payload())) {
        fs[i] = Value.zero(fs[i].type());
      }
    }
    return GoJson.marshal(Value.ofStruct(types.proxyConfig, fs));
  }

  /**
   * omitNil drops nil map values and slice items recursively; a map or slice emptied that way
   * becomes nil, one that was empty already is returned as it was.
   */
  static Value omitNil(Value v) {
    Value c = v.concrete();
    if (!c.isValid()) {
      return Value.nilInterface();
    }
    if (c.kind() == GoType.Kind.MAP) {
      if (c.len() == 0) {
        return c;
      }
      List<Object> keys = new ArrayList<>(c.map().keySet());
      Map<String, Value> out = new LinkedHashMap<>();
      for (Object k : keys) {
        Value child = omitNil(c.map().get(k));
        if (child.concrete().isValid()) {
          out.put(GoFmt.sprint(new Value[] {keyValue(c.type().key(), k)}), child);
        }
      }
      if (out.isEmpty()) {
        return Value.nilInterface();
      }
      return Value.ofMap(GoType.ANY_MAP, out);
    }
    if (c.kind() == GoType.Kind.SLICE) {
      if (c.len() == 0) {
        return c;
      }
      List<Value> out = new ArrayList<>();
      for (Value e : c.list()) {
        Value child = omitNil(e);
        if (child.concrete().isValid()) {
          out.add(child);
        }
      }
      if (out.isEmpty()) {
        return Value.nilInterface();
      }
      return Value.ofSlice(GoType.ANY_SLICE, out);
    }
    return c;
  }

  private static Value keyValue(GoType keyType, Object k) {
    if (keyType.kind() == GoType.Kind.STRING) {
      return Value.raw(keyType, k);
    }
    if (keyType.kind() == GoType.Kind.BOOL) {
      return Value.raw(keyType, k);
    }
    return Value.ofNumber(keyType, (Number) k);
  }

  /** fromJson is istio's fromJSON: json.Unmarshal into any, or the string "{}" on error. */
  static Value fromJson(String j) {
    Object tree;
    try (JsonParser p = STRICT_JSON.getFactory().createParser(j)) {
      if (p.nextToken() == null) {
        return Value.of("{}");
      }
      tree = readJson(p);
      if (p.nextToken() != null) {
        return Value.of("{}");
      }
    } catch (Exception e) {
      return Value.of("{}");
    }
    if (!finite(tree)) {
      return Value.of("{}");
    }
    Value v = JsonValues.fromJson(tree);
    return v.isValid() ? v : Value.nilInterface();
  }

  // A JSON tree whose numbers are Go's float64 of their text ("-0" stays negative zero).
  private static Object readJson(JsonParser p) throws java.io.IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
          String k = p.currentName();
          p.nextToken();
          m.put(k, readJson(p));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
          l.add(readJson(p));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Double.parseDouble(p.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  private static boolean finite(Object tree) {
    if (tree instanceof Number) {
      return !Double.isInfinite(((Number) tree).doubleValue());
    }
    if (tree instanceof Map) {
      return ((Map<?, ?>) tree).values().stream().allMatch(IstioFunctions::finite);
    }
    if (tree instanceof List) {
      return ((List<?>) tree).stream().allMatch(IstioFunctions::finite);
    }
    return true;
  }

  /** excludeInboundPort adds the port to a comma list unless empty, "0" or already there. */
  static String excludeInboundPort(Value port, String excluded) {
    String portStr = GoText.trimSpace(GoFmt.sprint(new Value[] {port}));
    if (portStr.isEmpty() || portStr.equals("0")) {
      return excluded;
    }
    List<String> out = new ArrayList<>();
    for (String p : SprigFunctions.split(excluded, ",")) {
      if (p.equals(portStr)) {
        return excluded;
      }
      p = GoText.trimSpace(p);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    out.add(portStr);
    return String.join(",", out);
  }

  private static String containerPorts(Value containers, boolean skipProxy) {
    List<String> parts = new ArrayList<>();
    for (Value c : containers.list()) {
      if (skipProxy && c.field(0).stringValue().equals("istio-proxy")) {
        continue;
      }
      for (Value p : c.field(3).list()) {
        String proto = p.field(3).stringValue();
        if (proto.equals("UDP") || proto.equals("SCTP")) {
          continue;
        }
        parts.add(Long.toString(p.field(2).longValue()));
      }
    }
    return String.join(",", parts);
  }

  /** appendMultusNetwork adds the istio-cni network to a Multus annotation unless present. */
  static String appendMultusNetwork(String existing, String network) {
    if (existing.isEmpty()) {
      return network;
    }
    int i = existing.lastIndexOf(']');
    if (i != -1) {
      Object tree;
      try {
        tree = STRICT_JSON.readValue(existing, Object.class);
      } catch (Exception e) {
        return existing;
      }
      if (!(tree instanceof List)) {
        return existing;
      }
      for (Object net : (List<?>) tree) {
        if (net != null && !(net instanceof Map)) {
          return existing;
        }
      }
      for (Object net : (List<?>) tree) {
        if (net != null && network.equals(((Map<?, ?>) net).get("name"))) {
          return existing;
        }
      }
      return existing.substring(0, i) + ", {\"name\": \"" + network + "\"}"
          + existing.substring(i);
    }
    for (String net : SprigFunctions.split(existing, ",")) {
      if (GoText.trimSpace(net).equals(network)) {
        return existing;
      }
    }
    return existing + ", " + network;
  }
}
