package dev.tmplpatch.advise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmplpatch.i18n.Messages;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** AdviceReport renders an {@link Advice} for people (text) or tools (JSON), in one language. */
public final class AdviceReport {
  /** MAX_CONFIRM bounds the per-node confirmation commands printed. */
  static final int MAX_CONFIRM = 3;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Advice advice;
  private final Messages m;
  private final AdviceCommands commands;

  private AdviceReport(Advice advice, Messages m) {
    this.advice = advice;
    this.m = m;
    this.commands = AdviceCommands.of(advice);
  }

  /** of renders the advice with the messages of one language. */
  public static AdviceReport of(Advice advice, Messages messages) {
    return new AdviceReport(advice, messages);
  }

  /** exitCode is 0 when nothing needs fixing and 3 when a fix (or a check on a node) is needed. */
  public int exitCode() {
    return advice.fixNeeded() ? 3 : 0;
  }

  /** text is the report for people, with a final newline. */
  public String text() {
    List<String> out = new ArrayList<>();
    out.add(m.get("advise.nodes.header", advice.nodes().size()));
    List<List<String>> rows = new ArrayList<>();
    for (ClusterNode n : advice.nodes()) {
      rows.add(List.of(n.name(), dash(n.operatingSystem()), dash(n.kernelVersion()), dash(n.osImage()),
          dash(n.containerRuntime()), verdict(n)));
    }
    out.addAll(table(rows));
    out.add("");
    out.addAll(summary());
    advice.ports().ifPresent(p -> {
      out.add("");
      out.addAll(ports(p));
    });
    out.add("");
    out.add(recommendation());
    List<String> changes = changes();
    if (!changes.isEmpty()) {
      out.add("");
      out.addAll(changes);
    }
    advice.deployment().filter(GatewayDeployment::podSetsSysctl).filter(d -> advice.fixNeeded())
        .ifPresent(d -> {
          out.add("");
          out.add(m.get("advise.deployment.sysctl", d.name()));
        });
    List<String> fix = commands.fix();
    if (!fix.isEmpty()) {
      out.add("");
      out.add(m.get(advice.plan() == Advice.Plan.CONFIRM ? "advise.commands.if-missing" : "advise.commands.header"));
      fix.forEach(c -> out.add("  " + c));
    }
    if (advice.plan() == Advice.Plan.MOVE_PORTS) {
      out.add("");
      out.add(m.get(advice.gatewayApi() ? "advise.root.header.gateway" : "advise.root.header"));
      advice.deployment().filter(GatewayDeployment::blocksRoot)
          .ifPresent(d -> out.add(m.get("advise.root.deployment", d.name(), d.proxyIndex(), d.rootBlockers())));
      commands.root().forEach(c -> out.add("  " + c));
    }
    List<ClusterNode> check = toConfirm();
    if (!check.isEmpty()) {
      out.add("");
      out.add(m.get("advise.confirm.header"));
      check.stream().limit(MAX_CONFIRM).forEach(n -> out.add("  " + AdviceCommands.confirm(n.name())));
      if (check.size() > MAX_CONFIRM) {
        out.add("  " + m.get("advise.confirm.more", check.size() - MAX_CONFIRM));
      }
    }
    return String.join("\n", out) + "\n";
  }

  /** json is the report for tools, pretty-printed like jq, with a final newline. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("fixNeeded", advice.fixNeeded());
    root.put("plan", advice.plan().id());
    ArrayNode nodes = root.putArray("nodes");
    for (ClusterNode n : advice.nodes()) {
      ObjectNode o = nodes.addObject();
      o.put("name", n.name());
      o.put("operatingSystem", n.operatingSystem());
      o.put("kernelVersion", n.kernelVersion());
      if (n.isLinux() && n.kernel().isPresent()) {
        o.put("kernel", n.kernel().get().toString());
      } else {
        o.putNull("kernel");
      }
      o.put("osImage", n.osImage());
      o.put("containerRuntime", n.containerRuntime());
      o.put("unschedulable", n.unschedulable());
      o.put("verdict", n.verdict().id());
      o.put("message", verdict(n));
    }
    if (advice.ports().isPresent()) {
      GatewayPorts p = advice.ports().get();
      ObjectNode ports = root.putObject("ports");
      ports.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      ports.put("name", p.name());
      ports.put("namespace", p.namespace());
      ArrayNode list = ports.putArray("ports");
      for (BindPort b : p.ports()) {
        ObjectNode o = list.addObject();
        o.put("index", b.index());
        o.put("name", b.name());
        o.put("port", b.port());
        if (b.bind() > 0) {
          o.put("bind", b.bind());
        } else {
          o.putNull("bind");
        }
        o.put("namedTargetPort", b.namedTarget());
        o.put("privileged", b.privileged());
      }
    } else {
      root.putNull("ports");
    }
    ArrayNode changes = root.putArray("portChanges");
    if (advice.plan() == Advice.Plan.MOVE_PORTS) {
      for (PortChange c : advice.portChanges()) {
        ObjectNode o = changes.addObject();
        o.put("index", c.from().index());
        o.put("name", c.from().name());
        o.put("port", c.from().port());
        o.put("from", c.from().bind());
        o.put("to", c.to());
      }
    }
    ArrayNode summary = root.putArray("summary");
    summary().forEach(summary::add);
    root.put("recommendation", recommendation());
    strings(root.putArray("commands"), commands.fix());
    strings(root.putArray("rootFallback"), advice.plan() == Advice.Plan.MOVE_PORTS ? commands.root() : List.of());
    strings(root.putArray("confirm"), toConfirm().stream().map(n -> AdviceCommands.confirm(n.name())).toList());
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""));
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private List<ClusterNode> toConfirm() {
    List<ClusterNode> out = new ArrayList<>(advice.with(NodeVerdict.TOO_OLD));
    out.addAll(advice.with(NodeVerdict.UNKNOWN));
    return out;
  }

  private String verdict(ClusterNode n) {
    String text = switch (n.verdict()) {
      case OK -> m.get("advise.verdict.ok", n.kernel().get());
      case TOO_OLD -> m.get("advise.verdict.too-old", n.kernel().get());
      case UNKNOWN -> m.get("advise.verdict.unknown", n.kernelVersion());
      case NOT_LINUX -> m.get("advise.verdict.not-linux", n.operatingSystem());
    };
    if (n.unschedulable()) {
      text += m.get("advise.node.cordoned");
    }
    return text;
  }

  private List<String> summary() {
    List<String> out = new ArrayList<>();
    List<ClusterNode> linux = advice.nodes().stream().filter(ClusterNode::isLinux).toList();
    List<ClusterNode> old = advice.with(NodeVerdict.TOO_OLD);
    List<ClusterNode> unknown = advice.with(NodeVerdict.UNKNOWN);
    if (linux.isEmpty()) {
      out.add(m.get("advise.summary.no-linux"));
      return out;
    }
    if (!old.isEmpty()) {
      out.add(m.get("advise.summary.too-old", old.size(), linux.size(), names(old)));
    }
    if (!unknown.isEmpty()) {
      out.add(m.get("advise.summary.unknown", unknown.size(), names(unknown)));
    }
    if (old.isEmpty() && unknown.isEmpty()) {
      out.add(m.get("advise.summary.nothing"));
      return out;
    }
    for (ClusterNode n : old) {
      if (n.isContainerd2()) {
        out.add(m.get("advise.node.containerd2", n.name()));
      }
    }
    boolean mixed = !advice.with(NodeVerdict.OK).isEmpty() && !old.isEmpty();
    out.add(m.get(mixed ? "advise.scheduling.mixed" : "advise.scheduling"));
    return out;
  }

  private List<String> ports(GatewayPorts p) {
    List<String> out = new ArrayList<>();
    out.add(switch (p.kind()) {
      case SERVICE -> m.get("advise.ports.service", qualified(p.namespace(), p.name()));
      case GATEWAY_API -> m.get("advise.ports.gateway", qualified(p.namespace(), p.name()));
      case LIST -> m.get("advise.ports.list");
    });
    List<List<String>> rows = new ArrayList<>();
    for (BindPort b : p.ports()) {
      String target = b.bind() > 0 ? String.valueOf(b.bind()) : b.namedTarget();
      String note = b.bind() == 0 ? m.get("advise.port.unresolved", b.namedTarget())
          : b.privileged() ? m.get("advise.port.privileged") : "";
      List<String> row = new ArrayList<>();
      if (p.kind() != GatewayPorts.Kind.LIST) {
        row.add(b.name().isEmpty() ? "-" : b.name());
      }
      if (p.kind() == GatewayPorts.Kind.SERVICE) {
        row.add(b.port() + " -> " + target);
      } else {
        row.add(target);
      }
      row.add(note);
      rows.add(row);
    }
    out.addAll(table(rows));
    return out;
  }

  private String recommendation() {
    return switch (advice.plan()) {
      case NOTHING -> m.get("advise.plan.nothing");
      case CONFIRM -> m.get("advise.plan.confirm");
      case SCENARIO_1 -> m.get("advise.plan.scenario-1");
      case MOVE_PORTS -> m.get(advice.gatewayApi() ? "advise.plan.move-ports.gateway" : "advise.plan.move-ports");
      case PORTS_UNKNOWN -> m.get(advice.ports().isPresent() ? "advise.plan.ports-unresolved" : "advise.plan.ports-unknown");
    };
  }

  private List<String> changes() {
    List<String> out = new ArrayList<>();
    if (advice.plan() != Advice.Plan.MOVE_PORTS || advice.portChanges().isEmpty()) {
      return out;
    }
    GatewayPorts p = advice.ports().get();
    String who = qualified(p.namespace(), p.name());
    switch (p.kind()) {
      case SERVICE -> {
        out.add(m.get("advise.change.service", who));
        advice.portChanges().forEach(c -> out.add("  " + m.get("advise.change.service.line", c.from().index(),
            dash(c.from().name()), c.from().port(), c.from().bind(), c.to())));
        out.add(m.get("advise.change.istio-gateway"));
      }
      case GATEWAY_API -> {
        out.add(m.get("advise.change.gateway", who));
        advice.portChanges().forEach(c -> out.add("  " + m.get("advise.change.gateway.line", c.from().index(),
            dash(c.from().name()), c.from().bind(), c.to())));
      }
      case LIST -> {
        out.add(m.get("advise.change.list"));
        advice.portChanges().forEach(c -> out.add("  " + c.from().bind() + " -> " + c.to()));
      }
    }
    return out;
  }

  private static String qualified(String namespace, String name) {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  private static String names(List<ClusterNode> nodes) {
    return nodes.stream().map(ClusterNode::name).collect(Collectors.joining(", "));
  }

  private static String dash(String s) {
    return s.isEmpty() ? "-" : s;
  }

  /** table pads every column but the last to its widest cell, two spaces apart, indented by two. */
  static List<String> table(List<List<String>> rows) {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size() - 1; i++) {
        width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
      }
    }
    List<String> out = new ArrayList<>();
    for (List<String> r : rows) {
      StringBuilder sb = new StringBuilder("  ");
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        sb.append(cell);
        if (i < r.size() - 1) {
          sb.append(" ".repeat(width[i] - cell.codePointCount(0, cell.length()) + 2));
        }
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }
}
