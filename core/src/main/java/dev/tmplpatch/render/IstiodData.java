package dev.tmplpatch.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IstiodData builds the data objects istiod executes its templates with, as the conformance
 * profile's Go program does (core/src/test/go/render/main.go, data.go, gateway.go):
 *
 * <ul>
 *   <li>{@link #sidecar}: {@code SidecarTemplateData} from the first Deployment or Pod of a YAML
 *       file (a Deployment's pod has no name, a {@code generateName} of the Deployment's name and
 *       a dash, and the owner {@code apps/v1 Deployment}), injector values files merged key by key
 *       (later files win, as with {@code helm -f}), and a mesh file ({@code trustDomain} and
 *       {@code defaultConfig} over istio's default ProxyConfig);
 *   <li>{@link #kubeGateway}: the deployment controller's {@code derivedInput} from a Gateway
 *       fixture.
 * </ul>
 *
 * <p>Values are read as sigs.k8s.io/yaml reads them into {@code map[string]any}: numbers are
 * float64, absent keys stay absent.
 */
public final class IstiodData {
  private IstiodData() {
  }

  /** InputException is a bad input file: one line, Go's wording where the Go program has one. */
  public static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
      super(message, null, false, false);
    }
  }

  /** Source is an input's name (for messages) and text. */
  public record Source(String name, String text) {
  }

  /** SidecarOptions are the Go program's flags besides the files. */
  public record SidecarOptions(String namespace, String revision, String compliancePolicy,
      long proxyUid, long proxyGid, boolean nativeSidecars) {
    /** defaults are the Go program's flag defaults: default, default, "", 1337, 1337, false. */
    public static SidecarOptions defaults() {
      return new SidecarOptions("default", "default", "", 1337, 1337, false);
    }

    /** withRevision returns these options with another istiod revision. */
    public SidecarOptions withRevision(String r) {
      return new SidecarOptions(namespace, r, compliancePolicy, proxyUid, proxyGid, nativeSidecars);
    }

    /** withNativeSidecars returns these options with .NativeSidecars set. */
    public SidecarOptions withNativeSidecars(boolean n) {
      return new SidecarOptions(namespace, revision, compliancePolicy, proxyUid, proxyGid, n);
    }
  }

  /** chartDefaultValues is the istiod chart's default injector values (see the resource). */
  public static Source chartDefaultValues() {
    return resource("values.chart-defaults.yaml");
  }

  /** chartDefaultMesh is a default install's mesh config (trustDomain, defaultConfig). */
  public static Source chartDefaultMesh() {
    return resource("mesh.chart-defaults.yaml");
  }

  /**
   * chartTrimmed is a kube-gateway template as the chart stores it and istiod parses it:
   * {@code .Files.Get ... | trim} (Go's strings.TrimSpace) and one newline.
   */
  public static String chartTrimmed(String template) {
    return GoText.trimSpace(template) + "\n";
  }

  /** sampleDeployment is a gateway Deployment (istio-ingressgateway in istio-ingress). */
  public static Source sampleDeployment() {
    return resource("deployment.sample.yaml");
  }

  private static Source resource(String name) {
    try (InputStream in = IstiodData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** values merges values files (sigs.k8s.io/yaml into map[string]any, later files win). */
  public static Value values(List<Source> files) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Source f : files) {
      List<Object> docs = read(f);
      Object doc = docs.isEmpty() ? null : docs.get(0);
      if (doc == null) {
        continue;
      }
      if (!(doc instanceof Map)) {
        throw new InputException(f.name() + ": error unmarshaling JSON: json: cannot unmarshal "
            + (doc instanceof List ? "array" : doc instanceof String ? "string" : "number")
            + " into Go value of type map[string]interface {}");
      }
      merged = mergeValues(merged, asMap(doc));
    }
    return JsonValues.fromJson(merged);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  /** mergeValues is main.go's mergeValues: maps merge key by key, anything else replaces. */
  static Map<String, Object> mergeValues(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> out = new LinkedHashMap<>(a);
    for (Map.Entry<String, Object> e : b.entrySet()) {
      Object av = out.get(e.getKey());
      if (av instanceof Map && e.getValue() instanceof Map) {
        out.put(e.getKey(), mergeValues(asMap(av), asMap(e.getValue())));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static List<Object> read(Source f) {
    try {
      return GoDecode.readYamlDocuments(f.text());
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage()).strip();
      int nl = m.indexOf('\n');
      throw new InputException(f.name() + ": " + (nl < 0 ? m : m.substring(0, nl)));
    }
  }

  /** Mesh is the MeshConfig and effective ProxyConfig pointers. */
  record Mesh(Value meshConfig, Value proxyConfig) {
  }

  /** mesh is data.go's loadMesh: strict, defaultConfig over istio's default ProxyConfig. */
  static Mesh mesh(IstiodTypes types, Source f) {
    List<Object> docs = read(f);
    Object doc = docs.isEmpty() ? null : docs.get(0);
    Map<String, Object> m = doc instanceof Map ? asMap(doc) : Map.of();
    for (String k : m.keySet()) {
      if (!k.equalsIgnoreCase("trustDomain") && !k.equalsIgnoreCase("defaultConfig")) {
        throw new InputException(f.name() + ": error unmarshaling JSON: while decoding JSON: "
            + "json: unknown field \"" + k + "\"");
      }
    }
    Value pc = defaultProxyConfig(types);
    Object dc = m.get("defaultConfig");
    if (dc instanceof Map) {
      List<String> unknown = GoDecode.unknownKeys(asMap(dc), types.proxyConfig);
      if (!unknown.isEmpty()) {
        throw new InputException(f.name() + ": defaultConfig: json: unknown field \""
            + unknown.get(0) + "\"");
      }
      pc = decode(dc, types.proxyConfig, pc, f.name() + ": defaultConfig");
    }
    Object td = m.get("trustDomain");
    // The listen ports are istio's mesh.DefaultMeshConfig() (the fixtures do not set them).
    Value mesh = Value.ofStruct(types.meshConfig,
        td == null ? Value.of("") : decode(td, GoType.STRING, Value.of(""), f.name()),
        Value.ofNumber(GoType.INT32, 15001), Value.ofNumber(GoType.INT32, 15006));
    return new Mesh(Value.pointerTo(mesh), Value.pointerTo(pc));
  }

  private static Value decode(Object tree, GoType t, Value existing, String where) {
    try {
      return GoDecode.decodeInto(tree, t, existing, where);
    } catch (GoDecode.DecodeException e) {
      throw new InputException(e.getMessage());
    }
  }

  /** defaultProxyConfig is the part of istio's mesh.DefaultProxyConfig() ProxyConfig models. */
  static Value defaultProxyConfig(IstiodTypes types) {
    return Value.ofStruct(types.proxyConfig, Value.of("./etc/istio/proxy"),
        Value.of("/usr/local/bin/envoy"), Value.of("istio-proxy"),
        Value.of("istiod.istio-system.svc:15012"), Value.ofNumber(GoType.INT32, 15000),
        Value.ofNumber(GoType.INT32, 189), Value.ofNumber(GoType.INT32, 15020),
        Value.ofNumber(types.interceptionMode, 0), Value.zero(GoType.STRING_MAP),
        Value.nilPointer(types.boolValue), Value.nilPointer(types.tracing));
  }

  /**
   * proxyImage is inject.ProxyImage for the plain case: hub/image:tag[-variant]; an image with a
   * "/" is used as is; an empty or missing image is proxyv2.
   */
  static String proxyImage(Value values) {
    Value global = values.mapIndex("global").concrete();
    Value proxy = global.isValid() && global.kind() == GoType.Kind.MAP
        ? global.mapIndex("proxy").concrete() : Value.INVALID;
    String image = "proxyv2";
    if (proxy.isValid() && proxy.kind() == GoType.Kind.MAP) {
      Value name = proxy.mapIndex("image").concrete();
      if (name.isValid() && name.kind() == GoType.Kind.STRING && !name.stringValue().isEmpty()) {
        image = name.stringValue();
      }
    }
    if (image.contains("/")) {
      return image;
    }
    boolean isMap = global.isValid() && global.kind() == GoType.Kind.MAP;
    String tag = sprint(isMap ? global.mapIndex("tag") : Value.INVALID);
    Value variant = isMap ? global.mapIndex("variant").concrete() : Value.INVALID;
    if (variant.isValid() && variant.kind() == GoType.Kind.STRING
        && !variant.stringValue().isEmpty()) {
      tag += "-" + variant.stringValue();
    }
    return sprint(isMap ? global.mapIndex("hub") : Value.INVALID) + "/" + image + ":" + tag;
  }

  // fmt.Sprint of a map element (a missing key is a nil interface: <nil>).
  private static String sprint(Value v) {
    return GoFmt.sprint(new Value[] {v.isValid() ? v : Value.nilInterface()});
  }

  /**
   * renderInjection renders an injection template as istiod renders it for one pod: istiod's
   * functions of the given release (null: the newest; no environment variables), and
   * SidecarTemplateData for the first Deployment or Pod of the workload (null: the sample gateway
   * Deployment), the istiod chart's default values overlaid with the values files in order, and the
   * mesh config (null: a default install's). The one path the render command, the testkit and the
   * Maven plugin share.
   *
   * @throws dev.tmplpatch.gotemplate.TemplateSyntaxException when Go would not parse the template
   * @throws ExecException with Go's text when its execution fails
   * @throws InputException when an input file is not what istiod would read
   */
  public static String renderInjection(String template, String istio, Source workload, List<Source> valuesFiles,
      Source meshFile, SidecarOptions options) {
    List<Source> values = new ArrayList<>();
    values.add(chartDefaultValues());
    values.addAll(valuesFiles);
    GoTemplate t = GoTemplate.parse("inject", template, IstiodFunctions.forRelease(istio, IstiodTypes.ISTIOD, k -> null));
    return t.execute(sidecar(IstiodTypes.ISTIOD, workload == null ? sampleDeployment() : workload, values,
        meshFile == null ? chartDefaultMesh() : meshFile, options));
  }

  /**
   * sidecar builds SidecarTemplateData (a pointer to it, as istiod executes {@code &data}) from
   * the first Deployment or Pod document of the workload file.
   */
  public static Value sidecar(IstiodTypes types, Source workload, List<Source> valuesFiles,
      Source meshFile, SidecarOptions o) {
    Map<String, Object> doc = null;
    String kind = null;
    for (Object d : read(workload)) {
      if (d instanceof Map) {
        Object k = asMap(d).get("kind");
        if ("Deployment".equals(k) || "Pod".equals(k)) {
          doc = asMap(d);
          kind = (String) k;
          break;
        }
      }
    }
    if (doc == null) {
      throw new InputException(workload.name() + ": no Deployment or Pod document");
    }
    Object metadata = doc.get("metadata");
    Object specTree = doc.get("spec");
    Map<String, Object> spec = specTree instanceof Map ? asMap(specTree) : Map.of();
    Value docMeta = decode(metadata, types.objectMeta, Value.zero(types.objectMeta),
        workload.name() + ": metadata");
    String ns = docMeta.field(2).stringValue();
    if (ns.isEmpty()) {
      ns = o.namespace();
    }
    String name = docMeta.field(0).stringValue();
    Value meta;
    Value podSpec;
    Value typeMeta;
    if (kind.equals("Deployment")) {
      Object template = spec.get("template");
      Map<String, Object> t = template instanceof Map ? asMap(template) : Map.of();
      Value m = decode(t.get("metadata"), types.objectMeta, Value.zero(types.objectMeta),
          workload.name() + ": spec.template.metadata");
      meta = withField(types.objectMeta, m, 2, Value.of(ns));
      meta = withField(types.objectMeta, meta, 1, Value.of(name + "-"));
      podSpec = decode(t.get("spec"), types.podSpec, Value.zero(types.podSpec),
          workload.name() + ": spec.template.spec");
      typeMeta = Value.ofStruct(types.typeMeta, Value.of("Deployment"), Value.of("apps/v1"));
    } else {
      meta = withField(types.objectMeta, docMeta, 2, Value.of(ns));
      podSpec = decode(specTree, types.podSpec, Value.zero(types.podSpec),
          workload.name() + ": spec");
      typeMeta = Value.ofStruct(types.typeMeta, Value.of("Pod"), Value.of("v1"));
    }
    Value owner = Value.ofStruct(types.namespacedName, Value.of(ns), Value.of(name));
    Value values = values(valuesFiles);
    Mesh mesh = mesh(types, meshFile);
    Value data = Value.ofStruct(types.sidecarTemplateData,
        typeMeta, owner, meta, podSpec, mesh.proxyConfig(), mesh.meshConfig(), values,
        Value.of(o.revision()), Value.of(o.nativeSidecars()), Value.of(proxyImage(values)),
        Value.of(""),
        Value.ofNumber(GoType.INT64, o.proxyUid()), Value.ofNumber(GoType.INT64, o.proxyGid()),
        Value.of(""), Value.of(o.compliancePolicy()));
    return Value.pointerTo(data);
  }

  private static Value withField(GoType t, Value s, int index, Value v) {
    Value[] fs = new Value[t.fields().size()];
    for (int i = 0; i < fs.length; i++) {
      fs[i] = i == index ? v : s.field(i);
    }
    return Value.ofStruct(t, fs);
  }

  /** GatewayOptions are the Go program's kube-gateway flags besides the files. */
  public record GatewayOptions(int kubeVersion, String revision, String compliancePolicy,
      long proxyUid, long proxyGid) {
    /** defaults are the Go program's flag defaults (Kubernetes 1.28, revision "default"). */
    public static GatewayOptions defaults() {
      return new GatewayOptions(128, "default", "", 1337, 1337);
    }
  }

  private static final List<String> GATEWAY_FILE_KEYS = List.of("metadata", "spec",
      "deploymentName", "serviceAccount", "ports", "serviceType", "clusterID",
      "infrastructureLabels", "infrastructureAnnotations", "gatewayNameLabel", "proxyImage");

  /** kubeGateway builds gateway.go's GatewayDerivedInput (a value, as the controller passes). */
  public static Value kubeGateway(IstiodTypes types, Source gatewayFile, List<Source> valuesFiles,
      Source meshFile, GatewayOptions o) {
    List<Object> docs = read(gatewayFile);
    Map<String, Object> g = !docs.isEmpty() && docs.get(0) instanceof Map ? asMap(docs.get(0))
        : Map.of();
    for (String k : g.keySet()) {
      if (GATEWAY_FILE_KEYS.stream().noneMatch(k::equalsIgnoreCase)) {
        throw new InputException(gatewayFile.name() + ": error unmarshaling JSON: while decoding "
            + "JSON: json: unknown field \"" + k + "\"");
      }
    }
    String where = gatewayFile.name();
    Value meta = decode(g.get("metadata"), types.objectMeta, Value.zero(types.objectMeta), where);
    if (meta.field(2).stringValue().isEmpty()) {
      meta = withField(types.objectMeta, meta, 2, Value.of("default"));
    }
    Value spec = decode(g.get("spec"), types.gatewaySpec, Value.zero(types.gatewaySpec), where);
    String className = spec.field(0).stringValue();
    String deploymentName = str(g.get("deploymentName"), where);
    String serviceAccount = str(g.get("serviceAccount"), where);
    String base = meta.field(0).stringValue() + "-" + className;
    if (deploymentName.isEmpty()) {
      deploymentName = base;
    }
    if (serviceAccount.isEmpty()) {
      serviceAccount = base;
    }
    GoType portsType = GoType.sliceOf(types.servicePort);
    Value ports = decode(g.get("ports"), portsType, Value.zero(portsType), where);
    if (ports.isNil()) {
      ports = Value.ofSlice(portsType, List.of(Value.ofStruct(types.servicePort,
          Value.of("status-port"), Value.of("TCP"), Value.pointerTo(Value.of("tcp")),
          Value.ofNumber(GoType.INT32, 15021), Value.ofNumber(GoType.INT32, 0))));
    }
    String serviceType = str(g.get("serviceType"), where);
    if (serviceType.isEmpty()) {
      serviceType = "LoadBalancer";
    }
    String clusterId = str(g.get("clusterID"), where);
    if (clusterId.isEmpty()) {
      clusterId = "Kubernetes";
    }
    Value labels = decode(g.get("infrastructureLabels"), GoType.STRING_MAP,
        Value.zero(GoType.STRING_MAP), where);
    if (labels.isNil()) {
      Map<Object, Value> m = new LinkedHashMap<>(meta.field(4).map());
      m.putIfAbsent("istio.io/dataplane-mode", Value.of("none"));
      labels = Value.ofMap(GoType.STRING_MAP, m);
    }
    Value annotations = decode(g.get("infrastructureAnnotations"), GoType.STRING_MAP,
        Value.zero(GoType.STRING_MAP), where);
    if (annotations.isNil()) {
      annotations = Value.ofMap(GoType.STRING_MAP, new LinkedHashMap<>(meta.field(5).map()));
    }
    String nameLabel = str(g.get("gatewayNameLabel"), where);
    if (nameLabel.isEmpty()) {
      nameLabel = "gateway.networking.k8s.io/gateway-name";
    }
    Value values = values(valuesFiles);
    String image = str(g.get("proxyImage"), where);
    if (image.isEmpty()) {
      image = proxyImage(values);
    }
    Mesh mesh = mesh(types, meshFile);
    Value gw = Value.pointerTo(Value.ofStruct(types.gateway, meta, spec));
    Value input = Value.ofStruct(types.gatewayTemplateInput, gw, Value.of(className),
        Value.of(deploymentName), Value.of(serviceAccount), ports,
        Value.raw(types.serviceType, serviceType), Value.of(clusterId),
        Value.of(o.kubeVersion() >= 122), Value.ofInt(o.kubeVersion()), Value.of(o.revision()),
        Value.ofNumber(GoType.INT64, o.proxyUid()), Value.ofNumber(GoType.INT64, o.proxyGid()),
        Value.of(o.compliancePolicy()), labels, annotations, Value.of(nameLabel),
        Value.of(false), Value.of(false), Value.of(""));
    return Value.ofStruct(types.gatewayDerivedInput, input, Value.of(image), Value.of(""),
        mesh.proxyConfig(), mesh.meshConfig(), values);
  }

  private static String str(Object o, String where) {
    return o == null ? "" : decode(o, GoType.STRING, Value.of(""), where).stringValue();
  }

  /**
   * splitDocuments is istio's yml.SplitString: cut at lines starting with "---", trim each part,
   * drop empty ones.
   */
  public static List<String> splitDocuments(String s) {
    List<String> docs = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? s.length() : nl + 1;
      String line = s.substring(i, end);
      if (line.startsWith("---")) {
        flush(cur, docs);
      } else {
        cur.append(line);
      }
      i = end;
    }
    flush(cur, docs);
    return docs;
  }

  private static void flush(StringBuilder cur, List<String> docs) {
    String d = GoText.trimSpace(cur.toString());
    if (!d.isEmpty()) {
      docs.add(d);
    }
    cur.setLength(0);
  }
}
