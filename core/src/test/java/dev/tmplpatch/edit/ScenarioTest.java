package dev.tmplpatch.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioTest {

  @ParameterizedTest
  @CsvSource({
    "unprivileged-ports, UNPRIVILEGED_PORTS",
    "1, UNPRIVILEGED_PORTS",
    "privileged-ports, PRIVILEGED_PORTS",
    "2, PRIVILEGED_PORTS",
    "privileged-ports-root, PRIVILEGED_PORTS_ROOT",
    "Privileged_Ports, PRIVILEGED_PORTS",
    "' privileged-ports ', PRIVILEGED_PORTS"
  })
  void parsesIdsAliasesAndEnumSpellings(String text, Scenario expected) {
    assertEquals(expected, Scenario.parse(text));
  }

  @Test
  void suggestsTheClosestNameForATypo() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("privilegd-ports"));
    assertEquals(
        "unknown scenario \"privilegd-ports\"; did you mean \"privileged-ports\"? accepted:"
            + " unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root",
        e.getMessage());
  }

  @Test
  void suggestsNothingForUnrelatedText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("root"));
    assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    assertTrue(e.getMessage().contains("accepted: unprivileged-ports"), e.getMessage());
  }

  @Test
  void refusesEmptyAndShowsControlCharactersVisibly() {
    assertThrows(IllegalArgumentException.class, () -> Scenario.parse(""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("3\nrm"));
    assertTrue(e.getMessage().startsWith("unknown scenario \"3\\nrm\""), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void onlyTheRootScenarioRunsAsRootAndOnlyScenarioOneLacksTheCapability() {
    assertFalse(Scenario.UNPRIVILEGED_PORTS.addsBindCapability());
    assertFalse(Scenario.UNPRIVILEGED_PORTS.runsAsRoot());
    assertTrue(Scenario.PRIVILEGED_PORTS.addsBindCapability());
    assertFalse(Scenario.PRIVILEGED_PORTS.runsAsRoot());
    assertTrue(Scenario.PRIVILEGED_PORTS_ROOT.addsBindCapability());
    assertTrue(Scenario.PRIVILEGED_PORTS_ROOT.runsAsRoot());
    for (Scenario s : Scenario.values()) {
      assertFalse(s.description().isBlank());
      assertEquals(s, Scenario.parse(s.toString()));
    }
  }
}
