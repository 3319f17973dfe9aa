package dev.tmplpatch.upgrade;

import dev.tmplpatch.document.LineEnding;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.upgrade.LineDiff.Hunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Rebase carries a customised release template to another release: it finds the release the
 * template was made from, splits the user's changes into {@link TypedEdits} and remaining hunks,
 * makes the typed edits on the new release through core's recipes, and merges the remaining hunks
 * three-way (base = old release with the typed edits, ours = customised, theirs = new release
 * with the typed edits). A conflict is reported, never guessed.
 */
public final class Rebase {

  /** SHORTLIST is how many lines beyond the best raw distance a release may be to be tried with typed edits. */
  private static final int SHORTLIST = 16;

  /** Outcome is a rebase's result: the merged text when clean, otherwise the conflicts. */
  public record Outcome(BaseMatch from, Upstream to, String text, List<Conflict> conflicts, int handHunks,
      String diff3, String baseLabel, String theirsLabel) {
    public Outcome {
      conflicts = List.copyOf(conflicts);
    }

    /** clean tells whether the result has no conflict. */
    public boolean clean() {
      return conflicts.isEmpty();
    }
  }

  private Rebase() {}

  /**
   * detect ranks release templates by how close the customised template is to each (lines compared
   * without line endings and trailing white space, and with the typed edits recognised in it made
   * on the release): closest first; releases with the same content tie and keep their given order.
   */
  public static List<BaseMatch> detect(String customised, List<Upstream> candidates) {
    List<String> ours = LineDiff.lines(lf(customised));
    int[] raw = new int[candidates.size()];
    int best = Integer.MAX_VALUE;
    for (int i = 0; i < candidates.size(); i++) {
      raw[i] = LineDiff.distance(LineDiff.hunks(LineDiff.lines(candidates.get(i).text()), ours, Rebase::key));
      best = Math.min(best, raw[i]);
    }
    List<BaseMatch> out = new ArrayList<>();
    Map<String, BaseMatch> byText = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Upstream u = candidates.get(i);
      if (raw[i] <= best + SHORTLIST) {
        BaseMatch m = byText.computeIfAbsent(u.text(), t -> recognise(customised, u));
        out.add(new BaseMatch(u, m.edits(), m.distance()));
      } else {
        out.add(new BaseMatch(candidates.get(i), TypedEdits.NONE, raw[i]));
      }
    }
    out.sort(Comparator.comparingInt(BaseMatch::distance));
    return out;
  }

  /**
   * recognise finds the largest set of typed edits whose changes to the release are all in the
   * customised template (each edit must change the release; a refused edit is not there), lines
   * compared without trailing white space.
   */
  public static BaseMatch recognise(String customised, Upstream base) {
    String ours = lf(customised);
    TemplateDocument doc;
    try {
      doc = TemplateDocument.load(base.name(), base.text());
    } catch (RuntimeException e) {
      return new BaseMatch(base, TypedEdits.NONE, distance(base.text(), ours));
    }
    Map<TypedEdits, Optional<TemplateDocument>> memo = new HashMap<>();
    memo.put(TypedEdits.NONE, Optional.of(doc));
    for (TypedEdits candidate : TypedEdits.CANDIDATES) {
      if (candidate.isEmpty()) {
        break;
      }
      if (!candidate.plausibleIn(ours)) {
        continue;
      }
      Optional<String> edited = candidate.applyEach(memo).map(TemplateDocument::text);
      if (edited.isEmpty()) {
        continue;
      }
      // Compared without trailing white space: copies of vendor docs often carry some after an edit.
      String oursKey = keyed(ours);
      ThreeWayMerge.Result contained = ThreeWayMerge.merge(keyed(base.text()), oursKey, keyed(edited.get()), "", "", "");
      if (contained.clean() && contained.text().equals(oursKey)) {
        return new BaseMatch(base, candidate, distance(edited.get(), ours));
      }
    }
    return new BaseMatch(base, TypedEdits.NONE, distance(base.text(), ours));
  }

  /**
   * rebase builds the customised template on the release {@code to}. The typed edits recognised
   * against {@code from} are made on {@code to} through their recipe (an {@link EditException}
   * there means the new release cannot take them); the rest is merged three-way. A CRLF
   * customised template is merged as LF and given back with CRLF.
   */
  public static Outcome rebase(String oursName, String customised, BaseMatch from, Upstream to) {
    // Only a template whose every line ends CRLF is merged as LF; mixed endings are merged as they are.
    boolean crlf = LineEnding.allCrlf(customised) && !from.upstream().text().contains("\r\n");
    String ours = crlf ? lf(customised) : customised;
    TypedEdits edits = from.edits();
    String base = from.upstream().text();
    String theirs = to.text();
    if (!edits.isEmpty()) {
      base = edits.recipe().apply(TemplateDocument.load(from.upstream().name(), base)).document().text();
      theirs = edits.recipe().apply(TemplateDocument.load(to.name(), theirs)).document().text();
    }
    // The base and theirs carry the typed edits, so the labels say so: line numbers are theirs.
    String with = edits.isEmpty() ? "" : " with " + edits.describe();
    String baseLabel = from.upstream().name() + with;
    String theirsLabel = to.name() + with;
    ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, ours, theirs, oursName, baseLabel, theirsLabel);
    int hand = LineDiff.hunks(LineDiff.lines(base), LineDiff.lines(ours)).size();
    String text = crlf ? LineEnding.toCrlf(merged.text()) : merged.text();
    String diff3 = crlf ? LineEnding.toCrlf(merged.diff3()) : merged.diff3();
    return new Outcome(from, to, text, merged.conflicts(), hand, diff3, baseLabel, theirsLabel);
  }

  private static int distance(String a, String b) {
    List<Hunk> h = LineDiff.hunks(LineDiff.lines(a), LineDiff.lines(b), Rebase::key);
    return LineDiff.distance(h);
  }

  // key compares lines without their terminator and trailing white space, so that a CRLF copy
  // matches its release and trailing spaces do not count as changes.
  private static String key(String line) {
    return Conflict.stripEnding(line).stripTrailing();
  }

  // keyed is the text with every line keyed and ended by LF.
  private static String keyed(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : LineDiff.lines(text)) {
      b.append(key(line)).append('\n');
    }
    return b.toString();
  }

  /**
   * plausible tells whether a match is close enough to rebase on: the other changes remove or add
   * at most half as many lines as the release template has (and at least 40 are allowed).
   */
  public static boolean plausible(BaseMatch m) {
    int lines = LineDiff.lines(m.upstream().text()).size();
    return m.distance() <= Math.max(40, lines / 2);
  }

  private static String lf(String text) {
    return LineEnding.toLf(text);
  }
}
