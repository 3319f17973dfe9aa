package dev.tmplpatch.lint;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;

import dev.tmplpatch.advise.GatewayDeployment;
import dev.tmplpatch.advise.KernelVersion;
import dev.tmplpatch.document.TemplateDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ClusterChecks lint a template against what the cluster adds: the nodes' kernel (the sysctl
 * needs Linux 4.11) and the user's gateway Deployment, whose istio-proxy container Istio merges
 * back over the injected one and whose pod sysctl stays unless the template replaces the list.
 */
public final class ClusterChecks {
  private static final Pattern SYSCTL_ITEM = Pattern.compile(
      "^\\s*(?:-\\s+)?name:\\s*[\"']?net\\.ipv4\\.ip_unprivileged_port_start[\"']?\\s*(?:#.*)?$");
  private static final Pattern EMPTY_SYSCTLS = Pattern.compile("^\\s*sysctls:\\s*\\[\\s*]\\s*(?:#.*)?$");
  private static final Pattern ROOT = Pattern.compile("^\\s*runAsUser:\\s*[\"']?0[\"']?\\s*(?:#.*)?$");
  private static final Pattern NON_ROOT_TRUE = Pattern.compile("^\\s*runAsNonRoot:\\s*[\"']?true[\"']?\\s*(?:#.*)?$");
  private static final Pattern RUN_AS_USER = Pattern.compile("^\\s*runAsUser:\\s*[\"']?[1-9]\\d*[\"']?\\s*(?:#.*)?$");
  private static final Pattern PROXY = Pattern.compile("^\\s*(?:-\\s+)?name:\\s*[\"']?istio-proxy[\"']?\\s*$");

  private ClusterChecks() {}

  /**
   * kernel reports the sysctl lines of the template when the nodes run a kernel older than 4.11.
   *
   * @throws IllegalArgumentException when the kernel version cannot be read
   */
  public static List<Diagnostic> kernel(TemplateDocument doc, String kernel) {
    KernelVersion k = KernelVersion.parse(kernel).orElseThrow(
        () -> new dev.tmplpatch.diag.InvalidValueException(Text.of("value.kernel", kernel)));
    List<Diagnostic> out = new ArrayList<>();
    if (k.hasUnprivilegedPortSysctl()) {
      return out;
    }
    int line = firstLine(doc.text(), SYSCTL_ITEM, 0);
    if (line > 0) {
      out.add(Diagnostic.error("kernel-sysctl", doc.name(), line, column(doc, line),
          Text.of("lint.kernel-sysctl", k, kernel.strip()), Text.of("lint.kernel-sysctl.hint")));
    }
    return out;
  }

  /**
   * deployment reports what the user's gateway Deployment undoes: its own pod sysctl when the
   * template does not replace the list, and its istio-proxy runAsNonRoot: true or non-zero
   * runAsUser when the template runs the proxy as root.
   *
   * @param kernelTooOld whether --kernel named a kernel older than 4.11 (the sysctl is then an error)
   */
  public static List<Diagnostic> deployment(TemplateDocument doc, String source, String text, boolean kernelTooOld) {
    GatewayDeployment d = GatewayDeployment.read(source, text);
    List<Diagnostic> out = new ArrayList<>();
    boolean replacesSysctls = firstLine(doc.text(), EMPTY_SYSCTLS, 0) > 0;
    if (d.podSetsSysctl() && !replacesSysctls) {
      Text message = Text.of(kernelTooOld ? "lint.deployment-sysctl.old-kernel" : "lint.deployment-sysctl");
      Text hint = Text.of("lint.deployment-sysctl.hint");
      int line = firstLine(text, SYSCTL_ITEM, 0);
      out.add(kernelTooOld ? Diagnostic.error("deployment-sysctl", source, line, indent(text, line), message, hint)
          : new Diagnostic(Diagnostic.Severity.WARNING, "deployment-sysctl", source, line, indent(text, line), message, hint));
    }
    int root = firstLine(doc.text(), ROOT, 0);
    if (root > 0 && d.proxyIndex() >= 0) {
      int proxy = firstLine(text, PROXY, 0);
      if (d.proxyRunAsNonRoot()) {
        int line = firstLine(text, NON_ROOT_TRUE, proxy);
        out.add(Diagnostic.error("deployment-nonroot", source, line, indent(text, line),
            Text.of("lint.deployment-nonroot", where(doc, root)), Text.of("lint.deployment-nonroot.hint")));
      }
      if (d.proxyRunAsUser() > 0) {
        int line = firstLine(text, RUN_AS_USER, proxy);
        out.add(Diagnostic.error("deployment-run-as-user", source, line, indent(text, line),
            Text.of("lint.deployment-run-as-user", d.proxyRunAsUser(), where(doc, root)),
            Text.of("lint.deployment-run-as-user.hint")));
      }
    }
    return out;
  }

  // where names a line of the template as compilers do, FILE:LINE.
  private static String where(TemplateDocument doc, int line) {
    return doc.name() + ":" + line;
  }

  /** firstLine returns the 1-based number of the first line after line {@code after} that matches, else 0. */
  private static int firstLine(String text, Pattern p, int after) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = Math.max(0, after); i < lines.length; i++) {
      if (p.matcher(lines[i]).matches()) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int column(TemplateDocument doc, int number) {
    return indentOf(doc.content(doc.line(number)));
  }

  /** indent returns the 1-based column of the key on a line of text, 1 for line 0. */
  private static int indent(String text, int number) {
    if (number <= 0) {
      return 0;
    }
    return indentOf(text.split("\r?\n", -1)[number - 1]);
  }

  private static int indentOf(String content) {
    int indent = 0;
    while (indent < content.length() && (content.charAt(indent) == ' ' || content.charAt(indent) == '-')) {
      indent++;
    }
    return indent + 1;
  }
}
