package dev.tmplpatch.gotemplate;

import java.util.List;
import java.util.Set;

/**
 * ActionFacts is what the parser learned about one action, so that later stages ask instead of
 * reading the action's text again: the functions it calls (with their offsets), the variables it
 * declares or assigns, whether it is only a declaration (which prints nothing), the template name
 * a define, block or template action names, and the argument of an {@code indent}/{@code nindent}
 * call.
 *
 * @param calls functions called, in source order
 * @param variables variables declared ({@code :=}) or assigned ({@code =})
 * @param declaration true for {@code {{ $x := ... }}} and {@code {{ $x = ... }}}: nothing is printed
 * @param templateName the name of a define, block or template action (Go string unquoted), or null
 * @param indent the number an {@code indent} or {@code nindent} call takes, or -1
 * @param newlineIndent true when that call is {@code nindent}
 */
public record ActionFacts(List<Call> calls, List<String> variables, boolean declaration, String templateName,
    int indent, boolean newlineIndent) {

  /** Call is one function named in command position, at a char offset of the source. */
  public record Call(String name, int offset) {}

  /** NONE are the facts of a comment or of an action that names nothing. */
  public static final ActionFacts NONE = new ActionFacts(List.of(), List.of(), false, null, -1, false);

  /**
   * YAML_FUNCTIONS print YAML (or JSON, which is YAML) of their own: their output is a block of
   * lines whose keys tmplpatch cannot see.
   */
  public static final Set<String> YAML_FUNCTIONS =
      Set.of("toYaml", "toJson", "toJSON", "include", "tpl", "indent", "nindent");

  public ActionFacts {
    calls = List.copyOf(calls);
    variables = List.copyOf(variables);
  }

  /** calls reports whether the action calls the named function. */
  public boolean calls(String function) {
    for (Call c : calls) {
      if (c.name().equals(function)) {
        return true;
      }
    }
    return false;
  }

  /**
   * printsYaml is the one rule for "this action prints YAML of its own": it calls a function of
   * {@link #YAML_FUNCTIONS}. (A {@code {{template}}} prints its define's text, which callers
   * render themselves.)
   */
  public boolean printsYaml() {
    for (Call c : calls) {
      if (YAML_FUNCTIONS.contains(c.name())) {
        return true;
      }
    }
    return false;
  }
}
