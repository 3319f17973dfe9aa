package dev.tmplpatch.diagnose;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KnownFailure is one failure text diagnose recognises: the pattern of its class of messages,
 * what happened (message key {@code diagnose.ID}, filled with the pattern's groups), why
 * ({@code diagnose.why.CAUSE}) and the fix ({@code diagnose.fix.FIX} plus command lines).
 *
 * <p>Several rules can match the same words. A fallback rule (the generic wording of a class)
 * reports only where no rule of the families it defers to matched overlapping text, so that a
 * runc 1.1 line is named as runc 1.1 once, not also as "some runtime".
 *
 * @param id stable rule id, e.g. {@code sysctl-missing.runc-1.1}
 * @param family the group of rules that describe one failure class
 * @param fallback whether this rule yields to overlapping matches of {@code defersTo}
 * @param defersTo the families a fallback yields to
 * @param pattern the class of message, searched over the whole input (lines may wrap)
 * @param applies a further test of a match (e.g. the port is below 1024)
 * @param groups the pattern groups that fill {0}, {1} ... of the what-happened message
 * @param cause the key suffix of the why message
 * @param fix the key suffix of the fix message
 * @param commands the command lines of the fix (never translated)
 */
public record KnownFailure(String id, String family, boolean fallback, Set<String> defersTo, Pattern pattern,
    Predicate<Matcher> applies, int[] groups, String cause, String fix, List<String> commands) {

  /** whatKey is the message key of what happened. */
  public String whatKey() {
    return "diagnose." + id;
  }

  /** whyKey is the message key of why it happened. */
  public String whyKey() {
    return "diagnose.why." + cause;
  }

  /** fixKey is the message key of the fix. */
  public String fixKey() {
    return "diagnose.fix." + fix;
  }
}
