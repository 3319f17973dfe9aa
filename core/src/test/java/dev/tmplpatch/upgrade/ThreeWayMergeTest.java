package dev.tmplpatch.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  private static ThreeWayMerge.Result merge(String base, String ours, String theirs) {
    return ThreeWayMerge.merge(base, ours, theirs, "ours", "base", "theirs");
  }

  @Test
  void takesEachSidesChangesToDifferentLines() {
    ThreeWayMerge.Result r = merge("a\nb\nc\nd\ne\n", "a\nB\nc\nd\ne\n", "a\nb\nc\nD\ne\nf\n");
    assertEquals("a\nB\nc\nD\ne\nf\n", r.text());
    assertEquals(List.of(), r.conflicts());
    assertEquals(r.text(), r.diff3());
  }

  @Test
  void mergesChangesToAdjacentLines() {
    assertEquals("A\nB\n", merge("a\nb\n", "A\nb\n", "a\nB\n").text());
  }

  @Test
  void takesTheSameChangeOnBothSidesOnce() {
    ThreeWayMerge.Result r = merge("a\nb\nc\n", "a\nX\nc\n", "a\nX\nc\n");
    assertEquals("a\nX\nc\n", r.text());
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void reportsDifferentChangesToTheSameLineWithBothSidesAndWhere() {
    ThreeWayMerge.Result r = merge("a\nb\nc\n", "a\nmine\nc\n", "x\na\ntheirs\nc\n");
    assertEquals(List.of(new Conflict(2, List.of("b\n"), 2, List.of("mine\n"), 3, List.of("theirs\n"))), r.conflicts());
    assertEquals("x\na\n<<<<<<< ours\nmine\n||||||| base\nb\n=======\ntheirs\n>>>>>>> theirs\nc\n", r.diff3());
    assertEquals("ours:2: theirs changed the same lines (base line 2)\n"
        + "  ours (yours):\n    | mine\n"
        + "  base (before):\n    | b\n"
        + "  theirs (upstream):\n    | theirs\n",
        r.conflicts().get(0).describe("ours", "base", "theirs"));
  }

  @Test
  void treatsInsertionsAtTheSamePlaceOrAtTheEdgeOfAChangeAsConflicts() {
    assertEquals(1, merge("a\nb\n", "a\nmine\nb\n", "a\ntheirs\nb\n").conflicts().size());
    assertEquals(1, merge("a\nb\nc\n", "a\nB\nc\n", "a\nb\ninserted\nc\n").conflicts().size());
    assertEquals(1, merge("a\nb\nc\n", "a\ninserted\nb\nc\n", "a\nB\nc\n").conflicts().size());
  }

  @Test
  void keepsTerminatorsAndAMissingFinalNewline() {
    ThreeWayMerge.Result r = merge("a\r\nb\r\nc", "a\r\nB\r\nc", "a\r\nb\r\nC");
    assertEquals("a\r\nB\r\nC", r.text());
    ThreeWayMerge.Result c = merge("a\nb", "a\nmine", "a\ntheirs");
    assertEquals("a\n<<<<<<< ours\nmine\n||||||| base\nb\n=======\ntheirs\n>>>>>>> theirs\n", c.diff3());
  }

  @Test
  void deletionsOnOneSideMerge() {
    assertEquals("a\nc\nD\n", merge("a\nb\nc\nd\n", "a\nc\nd\n", "a\nb\nc\nD\n").text());
  }
}
