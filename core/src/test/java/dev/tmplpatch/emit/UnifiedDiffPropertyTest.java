package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random texts: each diff, applied as a patch, must give the new text back. */
class UnifiedDiffPropertyTest {

  private static final long SEED = Long.getLong("tmplpatch.seed", 20261126L);

  @TempDir Path tmp;

  /** Case is one random pair of texts, printed with its seed and round when a check fails. */
  private record Case(long seed, int round, String oldText, String newText) {
    String where() {
      return "seed " + seed + " round " + round + " (rerun with -Dtmplpatch.seed=" + seed + ")";
    }
  }

  private static Case randomCase(Random random, long seed, int round) {
    List<String> lines = randomLines(random, random.nextInt(14));
    List<String> changed = new ArrayList<>(lines);
    int edits = random.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int at = changed.isEmpty() ? 0 : random.nextInt(changed.size() + 1);
      switch (random.nextInt(3)) {
        case 0 -> changed.addAll(at, randomLines(random, 1 + random.nextInt(3)));
        case 1 -> {
          if (at < changed.size()) {
            changed.remove(at);
          }
        }
        default -> {
          if (at < changed.size()) {
            changed.set(at, randomLines(random, 1).get(0));
          }
        }
      }
    }
    return new Case(seed, round, join(random, lines), join(random, changed));
  }

  private static List<String> randomLines(Random random, int count) {
    String[] words = {"a", "b", "c", "  - name: x", "", "{{- end }}"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(words[random.nextInt(words.length)] + (random.nextInt(8) == 0 ? "\r" : ""));
    }
    return out;
  }

  /** join ends each line with LF, and sometimes leaves the last one without. */
  private static String join(Random random, List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(lines.get(i));
      if (i < lines.size() - 1 || random.nextInt(4) != 0) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void applyingTheDiffGivesTheNewText() {
    Random random = new Random(SEED);
    for (int round = 0; round < 2000; round++) {
      Case c = randomCase(random, SEED, round);
      String diff = UnifiedDiff.between(c.oldText(), c.newText()).format("x");
      String applied;
      try {
        applied = PatchApplier.apply(c.oldText(), diff);
      } catch (RuntimeException e) {
        fail(c.where() + ": " + e.getMessage() + "\n" + diff, e);
        return;
      }
      assertEquals(c.newText(), applied, c.where() + "\n" + diff);
    }
  }

  @Test
  void aTextInOtherLineEndingsIsSummedUpInOneLine() {
    Random random = new Random(SEED + 4);
    for (int round = 0; round < 500; round++) {
      Case c = randomCase(random, SEED + 4, round);
      String lf = c.oldText().replace("\r\n", "\n");
      String crlf = lf.replace("\n", "\r\n");
      UnifiedDiff diff = UnifiedDiff.between(crlf, lf);
      if (lf.contains("\n")) {
        assertEquals("x: only line endings differ (expected CRLF, actual LF)\n", diff.describe("x"), c.where());
      } else {
        assertEquals("", diff.describe("x"), c.where());
      }
    }
  }

  @Test
  void describeShowsARealChangeOnceWhateverTheLineEndings() {
    Random random = new Random(SEED + 5);
    for (int round = 0; round < 500; round++) {
      Case c = randomCase(random, SEED + 5, round);
      String oldLf = c.oldText().replace("\r", "");
      String newLf = c.newText().replace("\r", "");
      String expected = UnifiedDiff.between(oldLf, newLf).format("x");
      String described = UnifiedDiff.between(oldLf.replace("\n", "\r\n"), newLf).describe("x");
      if (oldLf.equals(newLf)) {
        continue;
      }
      // The diff part of describe() is the LF diff: no line is shown as changed for its CR alone.
      assertTrue(described.endsWith(expected), c.where() + "\n" + described);
    }
  }

  @Test
  void staysCorrectWhenTheEditBudgetRunsOut() {
    Random random = new Random(SEED + 3);
    for (int round = 0; round < 500; round++) {
      Case c = randomCase(random, SEED + 3, round);
      String diff = UnifiedDiff.between(c.oldText(), c.newText(), 1).format("x");
      assertEquals(c.newText(), PatchApplier.apply(c.oldText(), diff), c.where() + "\n" + diff);
    }
  }

  @Test
  void gnuPatchAppliesOurDiffWithoutFuzz() throws Exception {
    Random random = new Random(SEED + 1);
    GnuDiff gnu = new GnuDiff(tmp);
    for (int round = 0; round < 60; round++) {
      Case c = randomCase(random, SEED + 1, round);
      String diff = UnifiedDiff.between(c.oldText(), c.newText()).format("x");
      if (diff.isEmpty()) {
        continue;
      }
      assertEquals(c.newText(), gnu.patch(c.oldText(), diff), c.where() + "\n" + diff);
    }
  }

  @Test
  void changesAsFewLinesAsGnuDiffMinimal() throws Exception {
    Random random = new Random(SEED + 2);
    GnuDiff gnu = new GnuDiff(tmp);
    for (int round = 0; round < 60; round++) {
      Case c = randomCase(random, SEED + 2, round);
      UnifiedDiff ours = UnifiedDiff.between(c.oldText(), c.newText());
      String theirs = gnu.unified(c.oldText(), c.newText(), "--minimal");
      long removed = theirs.lines().filter(l -> l.startsWith("-") && !l.startsWith("--- ")).count();
      long added = theirs.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++ ")).count();
      assertEquals(removed + ":" + added, ours.removedLines() + ":" + ours.addedLines(), c.where() + "\n" + theirs);
    }
  }
}
