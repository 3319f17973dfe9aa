package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.document.TemplateDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleasesTest {

  @Test
  void manifestListsThreeTemplatesOfEveryRelease() {
    assertEquals(List.of("1.20.0", "1.20.3", "1.20.4", "1.20.8", "1.21.6", "1.22.0", "1.22.8", "1.23.0", "1.23.6",
        "1.24.6", "1.25.5", "1.26.2", "1.26.8", "1.27.9", "1.28.10", "1.29.6", "1.30.3", "1.31.0-rc.0", "master"),
        Releases.releases());
    assertEquals(3 * Releases.releases().size(), Releases.all().size());
    for (String file : List.of(Releases.GATEWAY, Releases.KUBE_GATEWAY, Releases.SIDECAR)) {
      assertEquals(Releases.releases(), Releases.of(file).stream().map(ReleaseTemplate::release).toList());
    }
  }

  @Test
  void everyShippedFileHasTheManifestsSha256AndLoadsAsGoLoadsIt() throws Exception {
    for (ReleaseTemplate t : Releases.all()) {
      byte[] bytes = bytes(t.resource());
      assertEquals(t.sha256(), sha256(bytes), t.resource());
      assertEquals(t.text(), TemplateDocument.load(t.label(), bytes).text(), t.resource());
      assertEquals("istio/istio@" + (t.release().equals("master") ? "86c9f01fd735fb01d8192f5bcaf0d424afb7f14c"
          : t.release()) + ":manifests/charts/istio-control/istio-discovery/files/" + t.file(), t.source());
    }
  }

  @Test
  void shippedFilesAreTheTestCorpusCopiesWhereTheCorpusHasTheRelease() throws IOException {
    Path istio = Path.of(System.getProperty("tmplpatch.testdata")).resolve("istio");
    List<String> compared = new ArrayList<>();
    for (ReleaseTemplate t : Releases.all()) {
      Path copy = istio.resolve(t.release().equals("master") ? "master-86c9f01f" : t.release()).resolve(t.file());
      if (Files.exists(copy)) {
        assertArrayEquals(Files.readAllBytes(copy), bytes(t.resource()), t.resource());
        compared.add(t.release());
      }
    }
    assertEquals(3 * 14, compared.size());
  }

  @Test
  void selectsExactReleasesMinorsAndPatchesWithTheSameContent() {
    assertEquals("1.27.9", Releases.select("1.27.9", Releases.GATEWAY).release());
    assertEquals("1.26.8", Releases.select("1.26", Releases.GATEWAY).release());
    assertEquals("1.20.8", Releases.select("1.20", Releases.GATEWAY).release());
    assertEquals("master", Releases.select("master", Releases.SIDECAR).release());
    assertEquals("1.31.0-rc.0", Releases.select("1.31.0-rc.0", Releases.GATEWAY).release());
    // 1.26.5's gateway template is the same git blob as 1.26.8's; 1.28.3's as 1.27.9's.
    assertEquals("1.26.8", Releases.select("1.26.5", Releases.GATEWAY).release());
    assertEquals("1.27.9", Releases.select("1.28.3", Releases.GATEWAY).release());
    assertEquals("1.20.4", Releases.select("1.21.2", Releases.GATEWAY).release());
    assertEquals("1.20.8", Releases.select("1.21.5", Releases.GATEWAY).release());
  }

  @Test
  void refusesReleasesNotBundledWithTheClosestAndTheList() {
    String list = "1.20.0, 1.20.3, 1.20.4, 1.20.8, 1.21.6, 1.22.0, 1.22.8, 1.23.0, 1.23.6, 1.24.6, 1.25.5, 1.26.2,"
        + " 1.26.8, 1.27.9, 1.28.10, 1.29.6, 1.30.3, 1.31.0-rc.0, master";
    assertEquals("Istio 1.19.10 is not bundled for gateway-injection-template.yaml; closest: 1.20.0; bundled: " + list,
        assertThrows(IllegalArgumentException.class, () -> Releases.select("1.19.10", Releases.GATEWAY)).getMessage());
    // The sidecar template of 1.26.3 has content no bundled release has.
    assertEquals("Istio 1.26.3 is not bundled for injection-template.yaml; closest: 1.26.2; bundled: " + list,
        assertThrows(IllegalArgumentException.class, () -> Releases.select("1.26.3", Releases.SIDECAR)).getMessage());
    assertEquals("Istio 1.31 is not bundled for gateway-injection-template.yaml; closest: 1.31.0-rc.0; bundled: " + list,
        assertThrows(IllegalArgumentException.class, () -> Releases.select("1.31", Releases.GATEWAY)).getMessage());
    assertEquals("--istio 1.x: not an Istio version; expected X.Y, X.Y.Z or master, e.g. 1.27 or 1.27.9",
        assertThrows(IllegalArgumentException.class, () -> Releases.select("1.x", Releases.GATEWAY)).getMessage());
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = Releases.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
