package dev.tmplpatch.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutator makes seeded variations of template text aimed at the places a Go-template lexer gets
 * wrong: trim markers, comments (also holding "}}"), quotes, "}}" inside strings, CRLF, multi-byte
 * UTF-8, truncation, stray delimiters and unbalanced end/else.
 *
 * <p>Every mutation works on code points, so the result stays valid UTF-8: tmplpatch refuses
 * invalid UTF-8 while Go accepts it, and that documented difference is not what is tested here.
 */
final class Mutator {
  private static final Pattern END_OR_ELSE = Pattern.compile("\\{\\{-?\\s*(?:end|else)\\b[^}]*}}");
  private static final String[] COMMENTS = {
    "{{/* x */}}", "{{- /* x */ -}}", "{{/* a }} b */}}", "{{- /* }} */}}", "{{/*\nmulti\n*/ -}}",
    "{{/* x */ }}", "{{ /* x */ }}", "{{/* x", "{{/* x */ y }}", "{{-\t/* tab */\t-}}"
  };
  private static final String[] STRINGS_WITH_DELIMS = {
    "{{ \"}}\" }}", "{{ `}}` }}", "{{ \"a }} b\" -}}", "{{- `{{ x }}` }}", "{{ '}' }}",
    "{{ printf \"%s}}\" .X }}", "{{ \"\\\"}}\" }}", "{{ `multi\nline }}` }}", "{{ \"}} }}"
  };
  private static final String[] QUOTES = {"\"", "'", "`", "\\\"", "'x'"};
  private static final String[] MULTIBYTE = {"é", "中", "😀", "é中😀", "\u00a0", "\ufeff"};
  private static final String[] DELIMS = {"{{", "}}", "{{-", "-}}", "{{- ", " -}}", "{{}}", "{{ . }}"};
  private static final String[] ODD_ACTIONS = {
    "{{-3}}", "{{ - 3 }}", "{{ if }}", "{{ end }}", "{{ else }}", "{{ break }}", "{{ range . }}{{ continue }}{{ end }}",
    "{{ with .X }}{{ else with .Y }}{{ end }}", "{{ if .X }}{{ else if .Y }}{{ end }}", "{{ (len .X }}",
    "{{ len .X) }}", "{{ $x := 1 }}{{ $x }}", "{{ $y }}", "{{ define \"d\" }}x{{ end }}",
    "{{ block \"b\" . }}y{{ end }}", "{{ template \"t\" }}", "{{ .a-b }}", "{{ 0x1p3 }}", "{{ 3k }}",
    "{{ \"a\\qb\" }}", "{{ \u0001 }}", "{{ $x \n := \n 1 \n }}", "{{\n}}", "{{ nil }}", "{{ .X | }}"
  };

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  /** Mutant is the mutated text and a readable list of what was done to it. */
  record Mutant(String text, List<String> steps) {}

  /** mutate applies one to three random mutations. */
  Mutant mutate(String text) {
    List<String> steps = new ArrayList<>();
    // Mostly one mutation, so that many mutants still load and their action spans get compared.
    int roll = random.nextInt(10);
    int n = roll < 6 ? 1 : roll < 9 ? 2 : 3;
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(12);
      String before = text;
      text = apply(kind, text, steps);
      if (text.equals(before) && !steps.isEmpty()) {
        steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " (no change)");
      }
    }
    return new Mutant(text, steps);
  }

  private String apply(int kind, String text, List<String> steps) {
    switch (kind) {
      case 0: {
        // Add a trim marker next to an existing delimiter (left or right).
        boolean left = random.nextBoolean();
        int at = randomOccurrence(text, left ? "{{" : "}}");
        if (at < 0) {
          return insertAnywhere(text, left ? "{{- " : " -}}", steps, "insert trim delimiter");
        }
        String ws = pick(new String[] {" ", "\t", "\n", "\r\n"});
        steps.add("add " + (left ? "left" : "right") + " trim marker at " + at);
        return left
            ? text.substring(0, at + 2) + "-" + ws + text.substring(at + 2)
            : text.substring(0, at) + ws + "-" + text.substring(at);
      }
      case 1: {
        // Remove a trim marker (or just its dash, which changes meaning).
        boolean left = random.nextBoolean();
        String marker = left ? "{{-" : "-}}";
        int at = randomOccurrence(text, marker);
        if (at < 0) {
          return insertAnywhere(text, marker, steps, "insert marker");
        }
        steps.add("remove dash of " + marker + " at " + at);
        return left ? text.substring(0, at + 2) + text.substring(at + 3) : text.substring(0, at) + text.substring(at + 1);
      }
      case 2:
        return insertAnywhere(text, pick(COMMENTS), steps, "insert comment");
      case 3:
        return insertNearAction(text, pick(QUOTES), steps, "insert quote");
      case 4:
        return insertAnywhere(text, pick(STRINGS_WITH_DELIMS), steps, "insert string holding delimiters");
      case 5: {
        if (random.nextBoolean()) {
          steps.add("convert all LF to CRLF");
          return text.replace("\r\n", "\n").replace("\n", "\r\n");
        }
        int at = randomOccurrence(text, "\n");
        if (at < 0) {
          return insertAnywhere(text, "\r\n", steps, "insert CRLF");
        }
        steps.add("convert one LF to CRLF at " + at);
        return text.substring(0, at) + "\r" + text.substring(at);
      }
      case 6:
        return random.nextBoolean()
            ? insertAnywhere(text, pick(MULTIBYTE), steps, "insert multi-byte")
            : insertNearAction(text, pick(MULTIBYTE), steps, "insert multi-byte near action");
      case 7: {
        int at = boundary(text, random.nextInt(text.length() + 1));
        steps.add("truncate at " + at);
        return text.substring(0, at);
      }
      case 8:
        return random.nextBoolean()
            ? insertAnywhere(text, pick(DELIMS), steps, "insert delimiter")
            : insertNearAction(text, pick(DELIMS), steps, "insert delimiter near action");
      case 9:
      case 10: {
        List<int[]> spans = new ArrayList<>();
        Matcher m = END_OR_ELSE.matcher(text);
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
          return insertAnywhere(text, random.nextBoolean() ? "{{ end }}" : "{{ else }}", steps, "insert");
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String action = text.substring(s[0], s[1]);
        if (kind == 9) {
          steps.add("duplicate " + action + " at " + s[0]);
          return text.substring(0, s[1]) + action + text.substring(s[1]);
        }
        steps.add("remove " + action + " at " + s[0]);
        return text.substring(0, s[0]) + text.substring(s[1]);
      }
      default:
        return random.nextBoolean()
            ? insertAnywhere(text, pick(ODD_ACTIONS), steps, "insert action")
            : insertNearAction(text, pick(ODD_ACTIONS), steps, "insert action near action");
    }
  }

  private String insertAnywhere(String text, String what, List<String> steps, String label) {
    int at = boundary(text, random.nextInt(text.length() + 1));
    steps.add(label + " " + show(what) + " at " + at);
    return text.substring(0, at) + what + text.substring(at);
  }

  /** insertNearAction puts text a few chars after a left delimiter, i.e. usually inside an action. */
  private String insertNearAction(String text, String what, List<String> steps, String label) {
    int at = randomOccurrence(text, "{{");
    if (at < 0) {
      return insertAnywhere(text, what, steps, label);
    }
    at = boundary(text, Math.min(text.length(), at + 2 + random.nextInt(8)));
    steps.add(label + " " + show(what) + " at " + at);
    return text.substring(0, at) + what + text.substring(at);
  }

  private int randomOccurrence(String text, String needle) {
    List<Integer> hits = new ArrayList<>();
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      hits.add(i);
    }
    return hits.isEmpty() ? -1 : hits.get(random.nextInt(hits.size()));
  }

  /** boundary moves an index off the middle of a surrogate pair, keeping the text valid UTF-8. */
  private static int boundary(String text, int at) {
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      return at - 1;
    }
    return at;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String show(String s) {
    return "'" + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
  }
}
