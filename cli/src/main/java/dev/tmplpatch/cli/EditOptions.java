package dev.tmplpatch.cli;

import picocli.CommandLine.Command;

/**
 * EditOptions is the HOOK for the template edit options ({@code --scenario}, {@code
 * --drop-sysctls}, {@code --add-capability}, {@code --run-as-root --allow-root}, ...) that
 * {@code tmplpatch istio-patch} shares with {@code tmplpatch edit}.
 *
 * <p>It is a picocli mixin; the edit engine adds its {@code @Option} fields here and implements
 * {@link #apply}. Until then it declares no options and returns the template unchanged, so
 * {@code istio-patch} wraps the template as given. (The empty {@code @Command} is only there
 * because picocli refuses a mixin without any annotation; it adds nothing to the help.)
 */
@Command
public class EditOptions {
  /**
   * apply returns the template after the requested edits; errors must be thrown as
   * {@link UserError} (input errors with file:line:col, usage errors for bad option values).
   *
   * <p>HOOK: currently the identity, because no edit options exist yet.
   */
  public String apply(String templateName, String templateText) {
    return templateText;
  }
}
