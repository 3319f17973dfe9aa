package dev.tmplpatch.job;

/**
 * Spelling is how a front end names the fields of a request to its users, so that one message
 * serves both: {@code --allow-root} on the command line, {@code <allowRoot>true</allowRoot>} in a
 * pom.
 */
public interface Spelling {
  /** of names a field as its user sets it; a switch is shown switched on. */
  String of(Field field);

  /** of names a field set to a value, e.g. {@code --scenario privileged-ports}. */
  String of(Field field, String value);

  /** help is the hint for a bad value that comes without one: where the accepted values are listed. */
  dev.tmplpatch.i18n.Text help();
}
