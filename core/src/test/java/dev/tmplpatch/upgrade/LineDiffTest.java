package dev.tmplpatch.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.upgrade.LineDiff.Hunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void splitsAfterEachNewlineKeepingTerminators() {
    assertEquals(List.of("a\r\n", "b\n", "c"), LineDiff.lines("a\r\nb\nc"));
    assertEquals(List.of(), LineDiff.lines(""));
  }

  @Test
  void findsReplacementsInsertionsAndDeletions() {
    List<String> a = LineDiff.lines("a\nb\nc\nd\n");
    List<String> b = LineDiff.lines("a\nB\nc\nd\ne\n");
    List<Hunk> h = LineDiff.hunks(a, b);
    assertEquals(List.of(new Hunk(1, 2, List.of("B\n")), new Hunk(4, 4, List.of("e\n"))), h);
    assertEquals(3, LineDiff.distance(h));
    assertEquals(b, LineDiff.apply(a, h));
    assertEquals(List.of(new Hunk(0, 1, List.of())), LineDiff.hunks(LineDiff.lines("x\ny\n"), LineDiff.lines("y\n")));
  }

  @Test
  void comparesByKeyButCarriesTheNewLines() {
    List<Hunk> h = LineDiff.hunks(LineDiff.lines("a\nb\n"), LineDiff.lines("a\r\nb\r\n"), Conflict::stripEnding);
    assertEquals(List.of(), h);
  }
}
