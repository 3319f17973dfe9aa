package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.k8s.InvalidNameException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayInstallTest {

  @ParameterizedTest
  @ValueSource(strings = {"Gateway", "gw one", "gw\nkind: Secret", "-gw", "gw.v1", "1gw", "gw:", ""})
  void refusesGatewayNamesThatAreNotServiceNames(String name) {
    InvalidNameException e = assertThrows(InvalidNameException.class, () -> GatewayInstall.of(name, "ns"));
    assertEquals("gateway name", e.what());
  }

  @Test
  void refusesLongNamesAndBadNamespacesAndRevisions() {
    assertThrows(InvalidNameException.class, () -> GatewayInstall.of("g".repeat(64), "ns"));
    assertThrows(InvalidNameException.class, () -> GatewayInstall.of("gw", "istio.ingress"));
    assertThrows(InvalidNameException.class, () -> GatewayInstall.of("gw", "ns").withRevision("1.26.2"));
  }

  @Test
  void parsesPortsAndRefusesBadOnes() {
    assertEquals(new ServicePort("http2", 80), ServicePort.parse("http2:80"));
    for (String bad : List.of("http2", ":80", "http2:", "http2:0", "http2:65536", "http2:eighty",
        "HTTP:80", "a-very-long-port-name:80", "80:80", "tcp--x:1", "http2:-1")) {
      assertThrows(IllegalArgumentException.class, () -> ServicePort.parse(bad), bad);
    }
  }

  @Test
  void refusesDuplicatePortsIncludingTheStatusPort() {
    GatewayInstall gw = GatewayInstall.of("gw", "ns");
    IllegalArgumentException byName = assertThrows(IllegalArgumentException.class,
        () -> gw.withPorts(List.of(ServicePort.parse("http:80"), ServicePort.parse("http:81"))));
    assertTrue(byName.getMessage().startsWith("port name http is used twice"), byName.getMessage());
    assertThrows(IllegalArgumentException.class, () -> gw.withPorts(List.of(ServicePort.parse("status:15021"))));
    assertThrows(IllegalArgumentException.class, () -> gw.withPorts(List.of()));
  }

  @Test
  void parsesAutoscalingAndRefusesNonsense() {
    assertEquals(new Autoscaling(2, 5, 80), Autoscaling.parse("2:5:80%"));
    assertEquals(new Autoscaling(2, 5, 80), Autoscaling.parse("2:5:80"));
    for (String bad : List.of("2:5", "0:5:80", "5:2:80", "2:5:0", "2:5:80%%", "2:5:x", "2:1001:80", "-1:5:80", "99999999999:1:1")) {
      assertThrows(IllegalArgumentException.class, () -> Autoscaling.parse(bad), bad);
    }
  }

  @Test
  void refusesABudgetThatWouldBlockEveryDrain() {
    GatewayInstall gw = GatewayInstall.of("gw", "ns");
    IllegalArgumentException single = assertThrows(IllegalArgumentException.class, () -> gw.withPodDisruptionBudget("1"));
    assertTrue(single.getMessage().contains("node drains would hang"), single.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> gw.withAutoscaling(Autoscaling.parse("2:5:80")).withPodDisruptionBudget("2"));
    assertThrows(IllegalArgumentException.class, () -> gw.withPodDisruptionBudget("100%"));
    assertThrows(IllegalArgumentException.class, () -> gw.withPodDisruptionBudget("101%"));
    assertThrows(IllegalArgumentException.class, () -> gw.withPodDisruptionBudget("one"));
    GatewayInstall two = gw.withAutoscaling(Autoscaling.parse("2:5:80"));
    assertEquals("50%", two.withPodDisruptionBudget("50%").pdbMinAvailable().orElseThrow());
    assertEquals("1", gw.withAutoscaling(Autoscaling.parse("2:5:80")).withPodDisruptionBudget("1").pdbMinAvailable().orElseThrow());
  }

  @Test
  void percentagesRoundUpAsKubernetesDoes() {
    GatewayInstall one = GatewayInstall.of("gw", "ns");
    assertEquals("--pdb 50% of 1 replica is 1 (Kubernetes rounds minAvailable percentages up), but there"
        + " is 1, so node drains would hang; hint: add --hpa with MIN above 1 (e.g. --hpa 2:5:80) or lower --pdb",
        assertThrows(IllegalArgumentException.class, () -> one.withPodDisruptionBudget("50%")).getMessage());
    assertEquals("--pdb 1% of 1 replica is 1 (Kubernetes rounds minAvailable percentages up), but there"
        + " is 1, so node drains would hang; hint: add --hpa with MIN above 1 (e.g. --hpa 2:5:80) or lower --pdb",
        assertThrows(IllegalArgumentException.class, () -> one.withPodDisruptionBudget("1%")).getMessage());
    assertEquals("0%", one.withPodDisruptionBudget("0%").pdbMinAvailable().orElseThrow());
    GatewayInstall two = one.withAutoscaling(Autoscaling.parse("2:5:80"));
    assertEquals("--pdb 99% of 2 replicas is 2 (Kubernetes rounds minAvailable percentages up), but there"
        + " are at least 2, so node drains would hang; hint: use at most 50% or raise the MIN of --hpa",
        assertThrows(IllegalArgumentException.class, () -> two.withPodDisruptionBudget("99%")).getMessage());
    assertEquals("--pdb 51% of 2 replicas is 2 (Kubernetes rounds minAvailable percentages up), but there"
        + " are at least 2, so node drains would hang; hint: use at most 50% or raise the MIN of --hpa",
        assertThrows(IllegalArgumentException.class, () -> two.withPodDisruptionBudget("51%")).getMessage());
    GatewayInstall three = one.withAutoscaling(Autoscaling.parse("3:5:80"));
    assertEquals("66%", three.withPodDisruptionBudget("66%").pdbMinAvailable().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> three.withPodDisruptionBudget("67%"));
  }
}
