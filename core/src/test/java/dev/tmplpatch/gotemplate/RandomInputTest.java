package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Arbitrary input never escapes as anything but a TemplateSyntaxException. */
class RandomInputTest {
  private static final String[] PIECES = {"{{", "}}", "{{-", "-}}", "{{- ", " -}}", "/*", "*/",
      " ", "\n", "\r\n", "\t", "\"", "`", "'", "\\", "(", ")", "|", ":=", "=", ",", "$", "$x",
      ".", ".X", "if", "else", "end", "range", "with", "define", "block", "template", "break",
      "continue", "nil", "true", "1", "-1", "0x", "1e", "i", "+", "ä", "\uD83D\uDE00", "\u0000",
      "\u00a0", "\uD800", "#", "x-y", "[[", "]]"};

  @Test
  void neverThrowsAnythingElseAndKeepsActionsOrdered() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String input = "";
    try {
      for (int n = 0; n < 5000; n++) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(40); i > 0; i--) {
          sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        input = sb.toString();
        ParseOptions o = rnd.nextInt(5) == 0 ? ParseOptions.named("r").withDelims("[[", "]]")
            : ParseOptions.named("r");
        try {
          ParsedTemplate t = GoTemplateParser.parse(input, o);
          int last = -1;
          for (Delimited d : t.actions()) {
            assertTrue(d.start() >= last && d.end() > d.start() && d.end() <= input.length());
            last = d.end();
          }
          assertEquals(input, t.source());
        } catch (TemplateSyntaxException e) {
          assertTrue(e.offset() >= 0 && e.offset() <= input.length(), "offset " + e.offset());
          assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        }
      }
    } catch (RuntimeException | AssertionError e) {
      fail("seed " + seed + " input " + GoText.quote(input), e);
    }
  }
}
