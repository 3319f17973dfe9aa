package dev.tmplpatch.gotemplate;

import java.util.List;
import java.util.Set;

/**
 * ParsedTemplate is the result of a successful parse: every action and comment in source order
 * (also those inside define bodies), the control tree and the functions the template calls.
 *
 * <p>{@code facts} has one entry per action (see {@link ActionFacts}). {@code functions} is sorted; the parser does not check that they exist (Go's SkipFuncCheck).
 */
public record ParsedTemplate(String source, ParseOptions options, List<Delimited> actions,
    ControlNode root, Set<String> functions, List<ActionFacts> facts) {

  /** facts returns what the parser learned about the action of the given index. */
  public ActionFacts facts(int action) {
    return action >= 0 && action < facts.size() ? facts.get(action) : ActionFacts.NONE;
  }
}
