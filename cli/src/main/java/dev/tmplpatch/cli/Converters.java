package dev.tmplpatch.cli;

import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.k8s.KubernetesNames;
import dev.tmplpatch.templates.Autoscaling;
import dev.tmplpatch.templates.ServicePort;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters validate option values while picocli parses them, so that a bad name is a usage
 * error (exit 2) with our message, e.g. "Invalid value for option '--namespace': namespace ...".
 */
final class Converters {
  private Converters() {}

  /** Refusal is a conversion error whose text the run's language renders (see ErrorReporting). */
  static final class Refusal extends TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final transient dev.tmplpatch.i18n.Text text;

    Refusal(dev.tmplpatch.i18n.Text text) {
      super(text.english());
      this.text = text;
    }

    dev.tmplpatch.i18n.Text text() {
      return text;
    }
  }

  private static <T> T convert(String value, Function<String, T> f) {
    try {
      return f.apply(value);
    } catch (dev.tmplpatch.diag.InvalidValueException e) {
      throw new Refusal(e.text());
    } catch (dev.tmplpatch.k8s.InvalidNameException e) {
      throw new Refusal(dev.tmplpatch.i18n.Text.of("value.with-hint", e.diagnostic().text(), e.diagnostic().hintText()));
    } catch (IllegalArgumentException | dev.tmplpatch.diag.DiagnosticException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** Namespace accepts a DNS-1123 label. */
  static final class Namespace implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, KubernetesNames::requireNamespace);
    }
  }

  /** ConfigMapName accepts a DNS-1123 subdomain. */
  static final class ConfigMapName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, v -> KubernetesNames.requireSubdomain("ConfigMap name", v));
    }
  }

  /** GatewayName accepts a DNS-1123 subdomain, as Gateway API object names are. */
  static final class GatewayName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, v -> KubernetesNames.requireSubdomain("Gateway name", v));
    }
  }

  /** IstioName accepts a DNS-1123 subdomain. */
  static final class IstioName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, v -> KubernetesNames.requireSubdomain("Istio resource name", v));
    }
  }

  /** TemplateName accepts what may be a key of sidecarInjectorWebhook.templates. */
  static final class TemplateName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, v -> KubernetesNames.requireConfigMapKey("template name", v));
    }
  }

  /** GatewayDeploymentName accepts a DNS-1035 label (the name is also the Service's). */
  static final class GatewayDeploymentName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, v -> KubernetesNames.requireServiceName("gateway name", v));
    }
  }

  /** Revision accepts a DNS-1123 label, the value of the istio.io/rev label. */
  static final class Revision implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Converters.convert(value, v -> KubernetesNames.requireLabel("revision", v));
    }
  }

  /** ScenarioName accepts a scenario id or alias, with a did-you-mean on typos. */
  static final class ScenarioName implements ITypeConverter<Scenario> {
    @Override
    public Scenario convert(String value) {
      return Converters.convert(value, Scenario::parse);
    }
  }

  /** Port accepts NAME:PORT. */
  static final class Port implements ITypeConverter<ServicePort> {
    @Override
    public ServicePort convert(String value) {
      return Converters.convert(value, ServicePort::parse);
    }
  }

  /** Hpa accepts MIN:MAX:CPU%. */
  static final class Hpa implements ITypeConverter<Autoscaling> {
    @Override
    public Autoscaling convert(String value) {
      return Converters.convert(value, Autoscaling::parse);
    }
  }
}
