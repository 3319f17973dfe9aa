package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IstioVersionTest {

  @Test
  void parsesMinorsPatchesPreReleasesAndMaster() {
    assertEquals(Optional.of(new IstioVersion(1, 27, -1, "", false)), IstioVersion.parse("1.27"));
    assertEquals(Optional.of(new IstioVersion(1, 27, 9, "", false)), IstioVersion.parse(" v1.27.9 "));
    assertEquals(Optional.of(new IstioVersion(1, 31, 0, "rc.0", false)), IstioVersion.parse("1.31.0-rc.0"));
    assertEquals("master", IstioVersion.parse("master").orElseThrow().toString());
    for (String bad : List.of("", "1", "1.x", "1.27.9.1", "latest", "1.27.9-", "1.27.9-rc 0")) {
      assertEquals(Optional.empty(), IstioVersion.parse(bad), bad);
    }
  }

  @Test
  void ordersPreReleasesBeforeTheirReleaseAndMasterLast() {
    List<IstioVersion> v = new ArrayList<>();
    for (String s : List.of("master", "1.31.0", "1.31.0-rc.0", "1.28.10", "1.28.9", "1.20.0")) {
      v.add(IstioVersion.parse(s).orElseThrow());
    }
    v.sort(IstioVersion.ORDER);
    assertEquals("[1.20.0, 1.28.9, 1.28.10, 1.31.0-rc.0, 1.31.0, master]", v.toString());
  }
}
