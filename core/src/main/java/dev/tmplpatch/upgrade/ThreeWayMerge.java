package dev.tmplpatch.upgrade;

import dev.tmplpatch.upgrade.LineDiff.Hunk;
import java.util.ArrayList;
import java.util.List;

/**
 * ThreeWayMerge merges two texts that both descend from a base, line by line, as {@code diff3 -m}
 * does: a change only one side made is taken; the same change on both sides is taken once; two
 * different changes to the same lines are a {@link Conflict} and are never resolved by guessing.
 *
 * <p>Two changes conflict when their old-line ranges overlap, or when one inserts lines at the
 * start, end or inside of the other's range (the order of the two would be a guess). Changes to
 * adjacent, non-overlapping ranges merge.
 */
public final class ThreeWayMerge {

  /** Result is the merged text (ours where a conflict is), its conflicts and the diff3 form. */
  public record Result(String text, List<Conflict> conflicts, String diff3) {
    public Result {
      conflicts = List.copyOf(conflicts);
    }

    /** clean tells whether nothing conflicted. */
    public boolean clean() {
      return conflicts.isEmpty();
    }
  }

  private record Side(Hunk hunk, boolean ours) {}

  private ThreeWayMerge() {}

  /**
   * merge merges ours and theirs over base; the labels name the three in the diff3 markers
   * ({@code <<<<<<< ours}, {@code ||||||| base}, {@code >>>>>>> theirs}).
   */
  public static Result merge(String base, String ours, String theirs, String oursLabel, String baseLabel,
      String theirsLabel) {
    List<String> b = LineDiff.lines(base);
    List<String> o = LineDiff.lines(ours);
    List<String> t = LineDiff.lines(theirs);
    List<Hunk> oh = LineDiff.hunks(b, o);
    List<Hunk> th = LineDiff.hunks(b, t);
    List<Side> all = new ArrayList<>();
    oh.forEach(h -> all.add(new Side(h, true)));
    th.forEach(h -> all.add(new Side(h, false)));
    all.sort((x, y) -> x.hunk().start() != y.hunk().start() ? Integer.compare(x.hunk().start(), y.hunk().start())
        : Integer.compare(x.hunk().end(), y.hunk().end()));

    StringBuilder text = new StringBuilder();
    StringBuilder diff3 = new StringBuilder();
    List<Conflict> conflicts = new ArrayList<>();
    String nl = base.contains("\r\n") ? "\r\n" : "\n";
    int at = 0;
    int i = 0;
    while (i < all.size()) {
      int gs = all.get(i).hunk().start();
      int ge = all.get(i).hunk().end();
      List<Side> group = new ArrayList<>();
      group.add(all.get(i));
      int k = i + 1;
      while (k < all.size() && touches(gs, ge, all.get(k).hunk())) {
        group.add(all.get(k));
        ge = Math.max(ge, all.get(k).hunk().end());
        k++;
      }
      append(text, diff3, b.subList(at, gs));
      List<String> mine = version(b, gs, ge, group, true);
      List<String> upstream = version(b, gs, ge, group, false);
      boolean oursChanged = group.stream().anyMatch(Side::ours);
      boolean theirsChanged = group.stream().anyMatch(s -> !s.ours());
      if (!theirsChanged || mine.equals(upstream)) {
        append(text, diff3, mine);
      } else if (!oursChanged) {
        append(text, diff3, upstream);
      } else {
        conflicts.add(new Conflict(gs + 1, b.subList(gs, ge), position(oh, gs) + 1, mine,
            position(th, gs) + 1, upstream));
        append(text, null, mine);
        marker(diff3, "<<<<<<< " + oursLabel, nl);
        lines(diff3, mine, nl);
        marker(diff3, "||||||| " + baseLabel, nl);
        lines(diff3, b.subList(gs, ge), nl);
        marker(diff3, "=======", nl);
        lines(diff3, upstream, nl);
        marker(diff3, ">>>>>>> " + theirsLabel, nl);
      }
      at = ge;
      i = k;
    }
    append(text, diff3, b.subList(at, b.size()));
    return new Result(text.toString(), conflicts, diff3.toString());
  }

  // touches tells whether a hunk joins a group spanning old lines [gs, ge): it overlaps it, or
  // one of the two is an insertion at or inside the other's bounds.
  private static boolean touches(int gs, int ge, Hunk h) {
    if (h.start() < ge) {
      return true;
    }
    return h.start() == ge && (h.isInsertion() || gs == ge);
  }

  // version rebuilds old lines [gs, ge) with one side's hunks of the group.
  private static List<String> version(List<String> b, int gs, int ge, List<Side> group, boolean ours) {
    List<String> out = new ArrayList<>();
    int at = gs;
    for (Side s : group) {
      if (s.ours() != ours) {
        continue;
      }
      out.addAll(b.subList(at, s.hunk().start()));
      out.addAll(s.hunk().lines());
      at = s.hunk().end();
    }
    out.addAll(b.subList(at, ge));
    return out;
  }

  // position maps an old line index to the index in the side's text where it now is.
  private static int position(List<Hunk> hunks, int oldIndex) {
    int shift = 0;
    for (Hunk h : hunks) {
      if (h.end() <= oldIndex && !(h.isInsertion() && h.start() == oldIndex)) {
        shift += h.lines().size() - (h.end() - h.start());
      }
    }
    return oldIndex + shift;
  }

  private static void append(StringBuilder text, StringBuilder diff3, List<String> lines) {
    for (String l : lines) {
      text.append(l);
      if (diff3 != null) {
        diff3.append(l);
      }
    }
  }

  private static void lines(StringBuilder out, List<String> lines, String nl) {
    for (String l : lines) {
      out.append(l);
      if (!l.endsWith("\n")) {
        out.append(nl);
      }
    }
  }

  private static void marker(StringBuilder out, String marker, String nl) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append(nl);
    }
    out.append(marker).append(nl);
  }
}
