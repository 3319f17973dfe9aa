package dev.tmplpatch.edit;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * YamlScalars writes single values as YAML with snakeyaml-engine, so that a value an edit puts
 * into a template is quoted exactly when YAML needs it, never by hand.
 */
final class YamlScalars {

  private static final Dump DUMP = new Dump(DumpSettings.builder()
      .setDefaultFlowStyle(FlowStyle.FLOW)
      .setWidth(Integer.MAX_VALUE)
      .setSplitLines(false)
      .build());

  private YamlScalars() {}

  /** scalar renders a string, number or boolean as a YAML scalar on one line. */
  static String scalar(Object value) {
    String s = DUMP.dumpToString(value);
    if (s.endsWith("\n")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.contains("\n")) {
      // A programming error of the library's caller, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("value does not fit on one line: " + value);
    }
    return s;
  }

  /** flow renders a list or mapping as one line of flow YAML. */
  static String flow(Object value) {
    return scalar(value);
  }
}
