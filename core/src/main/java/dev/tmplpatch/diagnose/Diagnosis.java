package dev.tmplpatch.diagnose;

import java.util.List;

/**
 * Diagnosis is one known failure found in the input.
 *
 * @param failure the rule that recognised it
 * @param line the 1-based line of its first occurrence
 * @param count how many times it occurs
 * @param args the values that fill the what-happened message (port, function, pod ...)
 * @param excerpt the first occurrence as written, on one line, at most {@value Diagnose#MAX_EXCERPT} characters
 */
public record Diagnosis(KnownFailure failure, int line, int count, List<String> args, String excerpt) {}
