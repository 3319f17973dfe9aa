package dev.tmplpatch.gotemplate;

import java.util.List;
import java.util.Set;

/**
 * ParsedTemplate is the result of a successful parse: every action and comment in source order
 * (also those inside define bodies), the control tree and the functions the template calls.
 *
 * <p>{@code functions} is sorted; the parser does not check that they exist (Go's SkipFuncCheck).
 */
public record ParsedTemplate(String source, ParseOptions options, List<Delimited> actions,
    ControlNode root, Set<String> functions) {
}
