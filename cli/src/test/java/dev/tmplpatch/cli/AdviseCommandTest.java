package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.testkit.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdviseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Path advise(String name) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve("advise").resolve(name);
  }

  static String file(String name) {
    return advise(name).toString();
  }

  /** The node shapes of kernel-versions.md, each with its verdicts, plan and exit code. */
  static Stream<Arguments> nodeLists() {
    return Stream.of(
        Arguments.of("nodes-centos7.json", List.of("centos7-a:too-old", "centos7-b:too-old"), "ports-unknown", 3),
        Arguments.of("nodes-rhel79.yaml", List.of("rhel79-worker-1:too-old"), "ports-unknown", 3),
        Arguments.of("nodes-ubuntu.json", List.of("ubuntu-2204:ok", "ubuntu-1804:ok"), "nothing", 0),
        Arguments.of("node-bottlerocket.json", List.of("ip-10-0-1-23.eu-west-1.compute.internal:ok"), "nothing", 0),
        Arguments.of("nodes-amazon-linux.yaml",
            List.of("ip-192-168-12-34.ec2.internal:ok", "ip-192-168-56-78.ec2.internal:ok"), "nothing", 0),
        Arguments.of("nodes-windows.json", List.of("win-2019:not-linux", "linux-1:ok"), "nothing", 0),
        Arguments.of("nodes-windows-only.json", List.of("win-2019:not-linux"), "nothing", 0),
        Arguments.of("nodes-unparsable.json", List.of("odd-kernel:unknown", "no-kernel:unknown", "ubuntu-2204:ok"),
            "confirm", 3),
        Arguments.of("nodes-mixed.json", List.of("centos7-old:too-old", "centos7-vendor:ok", "oracle-uek4:too-old",
            "rhel7-containerd2:too-old", "ubuntu-2204:ok", "win-2019:not-linux"), "ports-unknown", 3),
        Arguments.of("nodes-wide.txt", List.of("centos7-master:too-old", "centos7-worker-2:too-old",
            "ubuntu-worker-1:ok", "win-worker-1:not-linux"), "ports-unknown", 3),
        Arguments.of("nodes-jsonpath.tsv", List.of("centos7-a:too-old", "ubuntu-a:ok"), "ports-unknown", 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nodeLists")
  void flagsLinuxNodesOlderThan411(String nodes, List<String> verdicts, String plan, int exit) throws Exception {
    Cli.Result r = Cli.run("advise", "--nodes", file(nodes), "--json", "--lang", "en");
    assertEquals("", r.err());
    assertEquals(exit, r.exitCode());
    JsonNode out = JSON.readTree(r.out());
    List<String> actual = new ArrayList<>();
    out.get("nodes").forEach(n -> actual.add(n.get("name").asText() + ":" + n.get("verdict").asText()));
    assertEquals(verdicts, actual);
    assertEquals(plan, out.get("plan").asText());
    assertEquals(exit == 3, out.get("fixNeeded").asBoolean());
  }

  /** Golden reports: the same case in English and Chinese, text and JSON. */
  static Stream<Arguments> goldenCases() {
    return Stream.of(
        Arguments.of("centos7-low-ports", List.of("--nodes", "nodes-centos7.json", "--service", "service-low-ports.yaml")),
        Arguments.of("centos7-high-ports", List.of("--nodes", "nodes-centos7.json", "--service", "service-high-ports.yaml")),
        Arguments.of("rhel79-gateway-api", List.of("--nodes", "nodes-rhel79.yaml", "--gateway", "gateway-api.yaml")),
        Arguments.of("mixed-helm-deployment", List.of("--nodes", "nodes-mixed.json", "--service", "service-low-ports.yaml",
            "--deployment", "deployment-helm-chart.yaml")),
        Arguments.of("mixed-no-ports", List.of("--nodes", "nodes-mixed.json")),
        Arguments.of("centos7-ports-list", List.of("--nodes", "nodes-centos7.json", "--ports", "80,443,15021")),
        Arguments.of("centos7-named-target", List.of("--nodes", "nodes-centos7.json", "--service", "service-named-target.yaml")),
        Arguments.of("unparsable", List.of("--nodes", "nodes-unparsable.json", "--ports", "8080")),
        Arguments.of("ubuntu", List.of("--nodes", "nodes-ubuntu.json", "--service", "service-low-ports.yaml")),
        Arguments.of("windows-only", List.of("--nodes", "nodes-windows-only.json")),
        Arguments.of("wide", List.of("--nodes", "nodes-wide.txt", "--ports", "443")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void reportsMatchTheirGoldenFilesInBothLanguages(String name, List<String> args) {
    for (String lang : List.of("en", "zh")) {
      for (boolean json : List.of(false, true)) {
        List<String> argv = new ArrayList<>(List.of("advise", "--lang", lang));
        for (String a : args) {
          argv.add(a.contains(".") && !a.contains(",") && !a.startsWith("-") ? file(a) : a);
        }
        if (json) {
          argv.add("--json");
        }
        Cli.Result r = Cli.run(argv.toArray(String[]::new));
        assertEquals("", r.err());
        Golden.assertMatches(advise("golden/" + name + "." + lang + (json ? ".json" : ".txt")), r.out());
      }
    }
  }

  @Test
  void theLanguageOfTheReportIsTheOnlyDifferenceBetweenTheJsonOfBothLanguages() throws Exception {
    String[] base = {"advise", "--nodes", file("nodes-mixed.json"), "--service", file("service-low-ports.yaml"), "--json"};
    JsonNode en = JSON.readTree(Cli.run(concat(base, "--lang", "en")).out());
    JsonNode zh = JSON.readTree(Cli.run(concat(base, "--lang", "zh")).out());
    assertEquals(en.get("commands"), zh.get("commands"));
    assertEquals(en.get("portChanges"), zh.get("portChanges"));
    assertEquals(en.get("plan"), zh.get("plan"));
  }

  @Test
  void manyOldNodesGetThreeCheckCommandsAndACountOfTheRest() throws Exception {
    StringBuilder tsv = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      tsv.append("centos-").append(i).append("\tlinux\t3.10.0-1160.el7.x86_64\tCentOS Linux 7 (Core)\tcontainerd://1.6.21\n");
    }
    Path f = Files.writeString(dir.resolve("nodes.tsv"), tsv, StandardCharsets.UTF_8);
    List<String> en = Cli.run("advise", "--nodes", f.toString(), "--ports", "8080", "--lang", "en").out().lines().toList();
    assertEquals(List.of(
        "Confirm on a node (prints present or missing; delete the node-debugger pod afterwards):",
        "  kubectl debug node/centos-1 -it --image=busybox -- sh -c 'test -e /proc/sys/net/ipv4/ip_unprivileged_port_start && echo present || echo missing'",
        "  kubectl debug node/centos-2 -it --image=busybox -- sh -c 'test -e /proc/sys/net/ipv4/ip_unprivileged_port_start && echo present || echo missing'",
        "  kubectl debug node/centos-3 -it --image=busybox -- sh -c 'test -e /proc/sys/net/ipv4/ip_unprivileged_port_start && echo present || echo missing'",
        "  ... and 2 more node(s): the same command with their names."), en.subList(en.size() - 5, en.size()));
    List<String> zh = Cli.run("advise", "--nodes", f.toString(), "--ports", "8080", "--lang", "zh").out().lines().toList();
    assertEquals("  ……另有 2 个节点：使用相同命令并替换节点名称。", zh.get(zh.size() - 1));
  }

  @Test
  void readsASingleNodeFromStandardInput() throws Exception {
    byte[] node = Files.readAllBytes(advise("node-bottlerocket.json"));
    Cli.Result r = Cli.runWithStdin(node, "advise", "--nodes", "-", "--lang", "en");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("Nodes (1):", r.out().lines().findFirst().orElseThrow());
  }

  @Test
  void anIstioGatewayIsRefusedWithWhatToGiveInstead() {
    Cli.Result r = Cli.run("advise", "--nodes", file("nodes-centos7.json"), "--gateway", file("istio-gateway.yaml"));
    r.assertUserError(1);
    assertEquals("tmplpatch: " + file("istio-gateway.yaml") + ": an Istio networking.istio.io/v1 Gateway: its server"
        + " ports are the gateway Service's ports, and Envoy binds the Service's targetPort; hint: pass the gateway's"
        + " Service with --service\n", r.err());
  }

  @Test
  void aFileOfOtherObjectsIsNotANodeList() throws Exception {
    Path f = Files.writeString(dir.resolve("pods.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("advise", "--nodes", f.toString());
    r.assertUserError(1);
    assertEquals("tmplpatch: " + f + ": a Pod is not a Node; hint: save the nodes with: kubectl get nodes -o json"
        + " > nodes.json\n", r.err());
  }

  @Test
  void brokenJsonSaysWhere() throws Exception {
    Path f = Files.writeString(dir.resolve("nodes.json"), "{\"kind\": \"List\", \"items\": [\n  {\"kind\": Node}]}\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("advise", "--nodes", f.toString());
    r.assertUserError(1);
    assertEquals("tmplpatch: " + f + ":2:16: not valid JSON: Unrecognized token 'Node': was expecting (JSON String,"
        + " Number, Array, Object or token 'null', 'true' or 'false'); hint: save the nodes with: kubectl get nodes -o"
        + " json > nodes.json\n", r.err());
  }

  @Test
  void anEmptyListHasNoNodes() throws Exception {
    Path f = Files.writeString(dir.resolve("nodes.json"), "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[]}",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("advise", "--nodes", f.toString());
    r.assertUserError(1);
    assertEquals("tmplpatch: " + f + ": no nodes in the file; hint: save the nodes with: kubectl get nodes -o json"
        + " > nodes.json\n", r.err());
  }

  @Test
  void aNodeNameThatIsNoKubernetesNameIsRefusedBeforeItReachesACommand() throws Exception {
    Path f = Files.writeString(dir.resolve("nodes.yaml"),
        "kind: Node\nmetadata:\n  name: \"a;rm -rf /\"\nstatus:\n  nodeInfo:\n    kernelVersion: 3.10.0\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("advise", "--nodes", f.toString());
    r.assertUserError(1);
    assertEquals("tmplpatch: " + f + ": node name \"a;rm -rf /\" is not a Kubernetes object name; hint: save the"
        + " nodes with: kubectl get nodes -o json > nodes.json\n", r.err());
  }

  @Test
  void anUnquotedKernelVersionInYamlIsReadAsWrittenNotAsANumber() throws Exception {
    Path f = Files.writeString(dir.resolve("nodes.yaml"), "\uFEFFkind: Node\nmetadata:\n  name: n1\nstatus:\n"
        + "  nodeInfo:\n    kernelVersion: 4.20\n    operatingSystem: linux\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("advise", "--nodes", f.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode node = JSON.readTree(r.out()).get("nodes").get(0);
    assertEquals("4.20", node.get("kernelVersion").asText());
    assertEquals("ok", node.get("verdict").asText());
  }

  @Test
  void deeplyNestedInputIsRefusedNotACrash() throws Exception {
    Path f = Files.writeString(dir.resolve("nodes.yaml"), "a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("advise", "--nodes", f.toString());
    r.assertUserError(1);
    // Commands run on a Go-sized stack (issue 10), so the YAML loads and is refused for what it is.
    assertEquals("tmplpatch: " + f + ": an object without kind is not a Node; hint: save the nodes with: kubectl"
        + " get nodes -o json > nodes.json\n", r.err());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, Cli.run("advise").exitCode());
    Cli.Result both = Cli.run("advise", "--nodes", file("nodes-centos7.json"), "--service",
        file("service-low-ports.yaml"), "--ports", "80");
    both.assertUserError(2);
    assertEquals("tmplpatch: --service, --gateway and --ports are alternatives; give one; hint: see 'tmplpatch advise"
        + " --help'\n", both.err());
    Cli.Result port = Cli.run("advise", "--nodes", file("nodes-centos7.json"), "--ports", "80,http");
    port.assertUserError(2);
    assertEquals("tmplpatch: --ports: \"http\" is not a port (1-65535); hint: see 'tmplpatch advise --help'\n",
        port.err());
    Cli.Result lang = Cli.run("advise", "--nodes", file("nodes-centos7.json"), "--lang", "fr");
    lang.assertUserError(2);
    assertEquals("tmplpatch: --lang: unknown language \"fr\"; accepted: en, zh\n", lang.err());
  }

  @Test
  void aMissingFileIsAnInputError() {
    Cli.Result r = Cli.run("advise", "--nodes", dir.resolve("none.json").toString());
    r.assertUserError(1);
    assertEquals("tmplpatch: cannot read " + dir.resolve("none.json") + ": no such file or directory; hint: check the"
        + " path and its permissions\n", r.err());
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
