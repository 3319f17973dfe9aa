package dev.tmplpatch.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** FactsCollector gathers {@link ActionFacts} while the parser runs, per action index. */
final class FactsCollector {

  private static final class Builder {
    final List<ActionFacts.Call> calls = new ArrayList<>();
    final List<String> variables = new ArrayList<>();
    boolean declaration;
    String templateName;
    int indent = -1;
    boolean newlineIndent;
  }

  private final List<Builder> builders = new ArrayList<>();

  private Builder at(int action) {
    while (builders.size() <= action) {
      builders.add(null);
    }
    Builder b = builders.get(action);
    if (b == null) {
      b = new Builder();
      builders.set(action, b);
    }
    return b;
  }

  void call(int action, String name, int offset) {
    if (action >= 0) {
      at(action).calls.add(new ActionFacts.Call(name, offset));
    }
  }

  void variable(int action, String name, boolean declarationOnly) {
    if (action >= 0) {
      Builder b = at(action);
      b.variables.add(name);
      b.declaration |= declarationOnly;
    }
  }

  void templateName(int action, String name) {
    if (action >= 0) {
      at(action).templateName = name;
    }
  }

  void indent(int action, String number, boolean newline) {
    if (action >= 0 && number != null) {
      try {
        Builder b = at(action);
        b.indent = Integer.parseInt(number.replace("_", ""));
        b.newlineIndent = newline;
      } catch (NumberFormatException e) {
        // not a plain decimal (0x10, 1e3 ...): Go would take it, the projection guesses no column
      }
    }
  }

  List<ActionFacts> toList(int actions) {
    List<ActionFacts> out = new ArrayList<>(actions);
    for (int i = 0; i < actions; i++) {
      Builder b = i < builders.size() ? builders.get(i) : null;
      out.add(b == null ? ActionFacts.NONE
          : new ActionFacts(b.calls, b.variables, b.declaration, b.templateName, b.indent, b.newlineIndent));
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
