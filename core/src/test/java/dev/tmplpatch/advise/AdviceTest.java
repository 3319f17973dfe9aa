package dev.tmplpatch.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdviceTest {
  static final ClusterNode OLD = new ClusterNode("old", "linux", "3.10.0-1160.el7.x86_64", "", "", false);
  static final ClusterNode NEW = new ClusterNode("new", "linux", "5.15.0-88-generic", "", "", false);
  static final ClusterNode ODD = new ClusterNode("odd", "linux", "abc", "", "", false);
  static final ClusterNode WIN = new ClusterNode("win", "windows", "10.0.17763.1234", "", "", false);

  @Test
  void planFollowsTheKernelsThenThePorts() {
    assertEquals(Advice.Plan.NOTHING, Advice.of(List.of(NEW, WIN), GatewayPorts.fromList("80"), null).plan());
    assertEquals(Advice.Plan.CONFIRM, Advice.of(List.of(NEW, ODD), GatewayPorts.fromList("80"), null).plan());
    assertEquals(Advice.Plan.PORTS_UNKNOWN, Advice.of(List.of(OLD, ODD), null, null).plan());
    assertEquals(Advice.Plan.SCENARIO_1, Advice.of(List.of(OLD), GatewayPorts.fromList("8080,8443"), null).plan());
    assertEquals(Advice.Plan.MOVE_PORTS, Advice.of(List.of(OLD), GatewayPorts.fromList("80 8443"), null).plan());
  }

  @Test
  void portsMoveBy8000ToAPortTheGatewayDoesNotUseYet() {
    Advice a = Advice.of(List.of(OLD), GatewayPorts.fromList("80,8080,443,8081,53"), null);
    assertEquals(List.of("80->8082", "443->8443", "53->8053"),
        a.portChanges().stream().map(c -> c.from().bind() + "->" + c.to()).toList());
  }

  @Test
  void aNamedTargetPortIsResolvedWithTheDeploymentsContainerPorts() {
    GatewayPorts svc = GatewayPorts.fromService("svc.yaml", "kind: Service\nmetadata:\n  name: gw\n  namespace: ns\n"
        + "spec:\n  ports:\n  - name: http\n    port: 80\n    targetPort: http\n");
    assertEquals(Advice.Plan.PORTS_UNKNOWN, Advice.of(List.of(OLD), svc, null).plan());
    GatewayDeployment d = new GatewayDeployment("gw", "ns", 0, false, -1, false, Map.of("http", 80));
    Advice resolved = Advice.of(List.of(OLD), svc, d);
    assertEquals(Advice.Plan.MOVE_PORTS, resolved.plan());
    assertEquals(List.of("0:80->8080"), resolved.portChanges().stream()
        .map(c -> c.from().index() + ":" + c.from().bind() + "->" + c.to()).toList());
  }

  @Test
  void aServicePortWithoutTargetPortBindsItsPort() {
    GatewayPorts svc = GatewayPorts.fromService("svc.yaml", "{\"kind\":\"Service\",\"metadata\":{\"name\":\"gw\"},"
        + "\"spec\":{\"ports\":[{\"port\":443},{\"port\":80,\"targetPort\":8080}]}}");
    assertEquals(List.of(new BindPort(0, "", 443, 443, "", false), new BindPort(1, "", 80, 8080, "", true)), svc.ports());
  }

  @Test
  void portListsAreValidated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GatewayPorts.fromList("80,70000"));
    assertEquals("--ports: \"70000\" is not a port (1-65535)", e.getMessage());
    assertEquals("--ports：\"70000\" 不是端口（1-65535）", dev.tmplpatch.diag.InvalidValueException.textOf(e)
        .in(dev.tmplpatch.i18n.Messages.of(dev.tmplpatch.i18n.Messages.Language.ZH)));
    assertEquals("--ports: no port given, e.g. --ports 80,443",
        assertThrows(IllegalArgumentException.class, () -> GatewayPorts.fromList(" , ")).getMessage());
  }

  @Test
  void aBadServicePortSaysWhichField() {
    UnusableInputException e = assertThrows(UnusableInputException.class, () -> GatewayPorts.fromService("svc.yaml",
        "kind: Service\nmetadata:\n  name: gw\nspec:\n  ports:\n  - port: eighty\n"));
    assertEquals("svc.yaml: spec.ports[0].port is \"eighty\", not a port (1-65535); hint: save the gateway's Service"
        + " with: kubectl -n NAMESPACE get service NAME -o yaml > service.yaml", e.getMessage());
  }
}
