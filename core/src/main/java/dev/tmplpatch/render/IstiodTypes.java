package dev.tmplpatch.render;

import static dev.tmplpatch.render.GoType.embedded;
import static dev.tmplpatch.render.GoType.field;

import java.util.List;

/**
 * IstiodTypes are the Go types of istiod's template data objects: {@code SidecarTemplateData}
 * (pkg/kube/inject/inject.go) with the metav1/corev1/meshconfig fields a template can reach, and
 * the kube-gateway deployment controller's {@code derivedInput}/{@code TemplateInput}. Field
 * names, field types, field order and JSON tags are those of the conformance profile's Go
 * program (core/src/test/go/render/data.go and gateway.go), which mirrors istiod's.
 *
 * <p>Two sets exist because Go prints a type's package in execution errors
 * ({@code can't evaluate field X in type *inject.SidecarTemplateData}): {@link #ISTIOD} names the
 * types as istiod's packages do, {@link #REFERENCE} as the Go program does ({@code main.}).
 */
public final class IstiodTypes {
  /** ISTIOD names types as istiod's packages do (inject, v1, v1alpha1, types, v1beta1). */
  public static final IstiodTypes ISTIOD = new IstiodTypes(false);
  /** REFERENCE names types as the conformance Go program does (package main). */
  public static final IstiodTypes REFERENCE = new IstiodTypes(true);

  private static final List<String> INTERCEPTION_MODES = List.of("REDIRECT", "TPROXY", "NONE");

  public final GoType typeMeta;
  public final GoType namespacedName;
  public final GoType objectMeta;
  public final GoType containerPort;
  public final GoType container;
  public final GoType podSpec;
  public final GoType interceptionMode;
  public final GoType boolValue;
  public final GoType clientTlsSettings;
  public final GoType tracing;
  public final GoType proxyConfig;
  public final GoType meshConfig;
  public final GoType sidecarTemplateData;
  public final GoType gatewayAddress;
  public final GoType gatewaySpec;
  public final GoType gateway;
  public final GoType servicePort;
  public final GoType serviceType;
  public final GoType gatewayTemplateInput;
  public final GoType gatewayDerivedInput;

  private IstiodTypes(boolean reference) {
    typeMeta = GoJson.tag(GoType.struct(n(reference, "v1.TypeMeta"), List.of(
        field("Kind", GoType.STRING), field("APIVersion", GoType.STRING))),
        "kind,omitempty", "apiVersion,omitempty");
    namespacedName = GoType.struct(n(reference, "types.NamespacedName"), List.of(
        field("Namespace", GoType.STRING), field("Name", GoType.STRING)));
    objectMeta = GoJson.tag(GoType.struct(n(reference, "v1.ObjectMeta"), List.of(
        field("Name", GoType.STRING), field("GenerateName", GoType.STRING),
        field("Namespace", GoType.STRING), field("UID", GoType.STRING),
        field("Labels", GoType.STRING_MAP), field("Annotations", GoType.STRING_MAP))),
        "name,omitempty", "generateName,omitempty", "namespace,omitempty", "uid,omitempty",
        "labels,omitempty", "annotations,omitempty");
    containerPort = GoJson.tag(GoType.struct(n(reference, "v1.ContainerPort"), List.of(
        field("Name", GoType.STRING), field("HostPort", GoType.INT32),
        field("ContainerPort", GoType.INT32), field("Protocol", GoType.STRING),
        field("HostIP", GoType.STRING))),
        "name,omitempty", "hostPort,omitempty", "containerPort", "protocol,omitempty",
        "hostIP,omitempty");
    container = GoJson.tag(GoType.struct(n(reference, "v1.Container"), List.of(
        field("Name", GoType.STRING), field("Image", GoType.STRING),
        field("Args", GoType.STRING_SLICE), field("Ports", GoType.sliceOf(containerPort)),
        field("ImagePullPolicy", GoType.STRING))),
        "name", "image,omitempty", "args,omitempty", "ports,omitempty",
        "imagePullPolicy,omitempty");
    podSpec = GoJson.tag(GoType.struct(n(reference, "v1.PodSpec"), List.of(
        field("Containers", GoType.sliceOf(container)),
        field("InitContainers", GoType.sliceOf(container)),
        field("ServiceAccountName", GoType.STRING), field("NodeName", GoType.STRING))),
        "containers", "initContainers,omitempty", "serviceAccountName,omitempty",
        "nodeName,omitempty");
    interceptionMode = GoType.named(reference ? "main.InboundInterceptionMode"
        : "v1alpha1.ProxyConfig_InboundInterceptionMode", GoType.INT32);
    interceptionMode.addMethod("String", false,
        GoFunc.of(GoType.STRING, args -> Value.of(interceptionModeName(args[0]))));
    GoJson.marshaler(interceptionMode, v -> {
      StringBuilder sb = new StringBuilder();
      GoJson.appendString(sb, interceptionModeName(v));
      return sb.toString();
    });
    boolValue = GoType.struct(reference ? "main.BoolValue" : "wrapperspb.BoolValue",
        List.of(field("Value", GoType.BOOL)));
    boolValue.addMethod("GetValue", true, GoFunc.of(GoType.BOOL,
        a -> a[0].isNil() ? Value.of(false) : a[0].elem().field(0)));
    GoJson.marshaler(boolValue, v -> Boolean.toString(v.field(0).bool()));
    clientTlsSettings = GoJson.tag(GoType.struct(reference ? "main.ClientTLSSettings"
        : "v1alpha3.ClientTLSSettings", List.of(field("CaCertificates", GoType.STRING))),
        "caCertificates,omitempty");
    clientTlsSettings.addMethod("GetCaCertificates", true, GoFunc.of(GoType.STRING,
        a -> a[0].isNil() ? Value.of("") : a[0].elem().field(0)));
    tracing = GoJson.tag(GoType.struct(n(reference, "v1alpha1.Tracing"), List.of(
        field("TlsSettings", GoType.pointerTo(clientTlsSettings)))), "tlsSettings,omitempty");
    tracing.addMethod("GetTlsSettings", true, GoFunc.of(GoType.pointerTo(clientTlsSettings),
        a -> a[0].isNil() ? Value.nilPointer(clientTlsSettings) : a[0].elem().field(0)));
    proxyConfig = GoJson.tag(GoType.struct(n(reference, "v1alpha1.ProxyConfig"), List.of(
        field("ConfigPath", GoType.STRING), field("BinaryPath", GoType.STRING),
        field("ServiceCluster", GoType.STRING), field("DiscoveryAddress", GoType.STRING),
        field("ProxyAdminPort", GoType.INT32), field("StatNameLength", GoType.INT32),
        field("StatusPort", GoType.INT32), field("InterceptionMode", interceptionMode),
        field("ProxyMetadata", GoType.STRING_MAP),
        field("HoldApplicationUntilProxyStarts", GoType.pointerTo(boolValue)),
        field("Tracing", GoType.pointerTo(tracing)))),
        "configPath,omitempty", "binaryPath,omitempty", "serviceCluster,omitempty",
        "discoveryAddress,omitempty", "proxyAdminPort,omitempty", "statNameLength,omitempty",
        "statusPort,omitempty", "interceptionMode,omitempty", "proxyMetadata,omitempty",
        "holdApplicationUntilProxyStarts,omitempty", "tracing,omitempty");
    proxyConfig.addMethod("GetTracing", true, GoFunc.of(GoType.pointerTo(tracing),
        a -> a[0].isNil() ? Value.nilPointer(tracing) : a[0].elem().field(10)));
    meshConfig = GoJson.tag(GoType.struct(n(reference, "v1alpha1.MeshConfig"), List.of(
        field("TrustDomain", GoType.STRING), field("ProxyListenPort", GoType.INT32),
        field("ProxyInboundListenPort", GoType.INT32))),
        "trustDomain,omitempty", "proxyListenPort,omitempty", "proxyInboundListenPort,omitempty");
    sidecarTemplateData = GoType.struct(reference ? "main.SidecarTemplateData"
        : "inject.SidecarTemplateData", List.of(
        field("TypeMeta", typeMeta), field("DeploymentMeta", namespacedName),
        field("ObjectMeta", objectMeta), field("Spec", podSpec),
        field("ProxyConfig", GoType.pointerTo(proxyConfig)),
        field("MeshConfig", GoType.pointerTo(meshConfig)), field("Values", GoType.ANY_MAP),
        field("Revision", GoType.STRING), field("NativeSidecars", GoType.BOOL),
        field("ProxyImage", GoType.STRING), field("ProxyInitImage", GoType.STRING),
        field("ProxyUID", GoType.INT64), field("ProxyGID", GoType.INT64),
        field("InboundTrafficPolicyMode", GoType.STRING),
        field("CompliancePolicy", GoType.STRING)));

    gatewayAddress = GoJson.tag(GoType.struct(n(reference, "v1beta1.GatewayAddress"), List.of(
        field("Type", GoType.pointerTo(GoType.STRING)), field("Value", GoType.STRING))),
        "type,omitempty", "value");
    gatewaySpec = GoJson.tag(GoType.struct(n(reference, "v1beta1.GatewaySpec"), List.of(
        field("GatewayClassName", GoType.STRING),
        field("Addresses", GoType.sliceOf(gatewayAddress)))),
        "gatewayClassName", "addresses,omitempty");
    gateway = GoJson.tag(GoType.struct(n(reference, "v1beta1.Gateway"), List.of(
        embedded(objectMeta), field("Spec", gatewaySpec))), null, "spec");
    servicePort = GoJson.tag(GoType.struct(n(reference, "v1.ServicePort"), List.of(
        field("Name", GoType.STRING), field("Protocol", GoType.STRING),
        field("AppProtocol", GoType.pointerTo(GoType.STRING)), field("Port", GoType.INT32),
        field("TargetPort", GoType.INT32))),
        "name,omitempty", "protocol,omitempty", "appProtocol,omitempty", "port",
        "targetPort,omitempty");
    serviceType = GoType.named(n(reference, "v1.ServiceType"), GoType.STRING);
    gatewayTemplateInput = GoType.struct(reference ? "main.GatewayTemplateInput"
        : "gateway.TemplateInput", List.of(
        embedded(GoType.pointerTo(gateway)), field("GatewayClass", GoType.STRING),
        field("DeploymentName", GoType.STRING), field("ServiceAccount", GoType.STRING),
        field("Ports", GoType.sliceOf(servicePort)), field("ServiceType", serviceType),
        field("ClusterID", GoType.STRING), field("KubeVersion122", GoType.BOOL),
        field("KubeVersion", GoType.INT), field("Revision", GoType.STRING),
        field("ProxyUID", GoType.INT64), field("ProxyGID", GoType.INT64),
        field("CompliancePolicy", GoType.STRING),
        field("InfrastructureLabels", GoType.STRING_MAP),
        field("InfrastructureAnnotations", GoType.STRING_MAP),
        field("GatewayNameLabel", GoType.STRING), field("NativeSidecars", GoType.BOOL),
        field("IsEastWestGateway", GoType.BOOL), field("ControllerLabel", GoType.STRING)));
    gatewayDerivedInput = GoType.struct(reference ? "main.GatewayDerivedInput"
        : "gateway.derivedInput", List.of(
        embedded(gatewayTemplateInput), field("ProxyImage", GoType.STRING),
        field("AgentgatewayImage", GoType.STRING),
        field("ProxyConfig", GoType.pointerTo(proxyConfig)),
        field("MeshConfig", GoType.pointerTo(meshConfig)), field("Values", GoType.ANY_MAP)));
  }

  private static String n(boolean reference, String istiodName) {
    return reference ? "main." + istiodName.substring(istiodName.indexOf('.') + 1) : istiodName;
  }

  /** interceptionModeName is the proto enum's String(): the name, or the number if unknown. */
  static String interceptionModeName(Value v) {
    long m = v.longValue();
    return m >= 0 && m < INTERCEPTION_MODES.size() ? INTERCEPTION_MODES.get((int) m)
        : Long.toString(m);
  }

  /** interceptionModeNumber is the enum number of a name, or -1. */
  static int interceptionModeNumber(String name) {
    return INTERCEPTION_MODES.indexOf(name);
  }
}
