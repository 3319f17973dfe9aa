package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tmplpatch.gotemplate.Delimited.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random well-formed templates: the spans and the control tree always agree with the text. */
class StructureInvariantsTest {

  private static final String[] ACTIONS = {" .X ", "- .Y -", " toYaml .Z | nindent 4 -", "- $ ",
      "/* c */", "- /* c\n */ -", " \"}}\" ", " `{{` ", " (len .L) ", " template \"t\" . "};

  /** TemplateWriter writes random nested control structures that Go accepts. */
  private static final class TemplateWriter {
    private final Random rnd;
    private final String l;
    private final String r;
    private final StringBuilder sb = new StringBuilder();

    TemplateWriter(Random rnd, String l, String r) {
      this.rnd = rnd;
      this.l = l;
      this.r = r;
    }

    String write() {
      if (rnd.nextBoolean()) {
        sb.append(l).append(" define \"d\" ").append(r);
        body(0, false);
        sb.append(l).append("- end ").append(r).append('\n');
      }
      body(0, false);
      return sb.toString();
    }

    private void action(String inner) {
      sb.append(l).append(inner).append(r);
    }

    private void body(int depth, boolean inRange) {
      for (int i = rnd.nextInt(4); i > 0; i--) {
        sb.append(rnd.nextBoolean() ? "a: 1\n  " : "ä😀 ");
        int k = rnd.nextInt(depth > 4 ? 2 : 7);
        if (k < 2) {
          action(ACTIONS[rnd.nextInt(ACTIONS.length)]);
        } else if (k == 2) {
          action("- if .A ");
          body(depth + 1, inRange);
          for (int e = rnd.nextInt(3); e > 0; e--) {
            action(" else if .B -");
            body(depth + 1, inRange);
          }
          if (rnd.nextBoolean()) {
            action("- else -");
            body(depth + 1, inRange);
          }
          action(" end ");
        } else if (k == 3) {
          action(" range $i, $v := .L ");
          body(depth + 1, true);
          if (inRange || rnd.nextBoolean()) {
            action(rnd.nextBoolean() ? " break " : " continue ");
          }
          action("- end -");
        } else if (k == 4) {
          action(" with $w := .W ");
          body(depth + 1, inRange);
          if (rnd.nextBoolean()) {
            action(" else with .V ");
            body(depth + 1, inRange);
          }
          action(" end ");
        } else if (k == 5) {
          action(" block \"b" + depth + "x" + sb.length() + "\" . ");
          body(depth + 1, false);
          action(" end ");
        } else {
          sb.append("\r\n");
        }
      }
    }
  }

  @Test
  void spansAndControlTreeDescribeTheSourceExactly() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String src = "";
    try {
      for (int n = 0; n < 2000; n++) {
        boolean custom = rnd.nextInt(4) == 0;
        String l = custom ? "[[" : "{{";
        String r = custom ? "]]" : "}}";
        src = new TemplateWriter(rnd, l, r).write();
        if (custom) {
          src = src.replace("\"}}\"", "\"]]\"").replace("`{{`", "`[[`");
        }
        ParsedTemplate t = GoTemplateParser.parse(src,
            ParseOptions.named("inv").withDelims(l, r));
        checkActions(t, l, r);
        int[] uses = new int[t.actions().size()];
        checkNode(t, t.root(), 0, src.length(), uses);
        for (int i = 0; i < uses.length; i++) {
          Kind k = t.actions().get(i).kind();
          boolean structural = k == Kind.IF || k == Kind.RANGE || k == Kind.WITH
              || k == Kind.DEFINE || k == Kind.BLOCK || k == Kind.ELSE || k == Kind.END;
          assertEquals(structural ? 1 : 0, uses[i], "uses of action " + i + " " + k);
        }
      }
    } catch (RuntimeException | AssertionError e) {
      fail("seed " + seed + " source " + GoText.quote(src), e);
    }
  }

  private static void checkActions(ParsedTemplate t, String l, String r) {
    String src = t.source();
    int last = 0;
    for (Delimited d : t.actions()) {
      String text = src.substring(d.start(), d.end());
      assertTrue(d.start() >= last && text.startsWith(l) && text.endsWith(r), text);
      last = d.end();
      boolean trimL = text.length() > l.length() + 1 && text.charAt(l.length()) == '-'
          && GoText.isSpace(text.charAt(l.length() + 1));
      int rEnd = text.length() - r.length();
      boolean trimR = rEnd >= 2 && text.charAt(rEnd - 1) == '-'
          && GoText.isSpace(text.charAt(rEnd - 2));
      assertEquals(trimL, d.trimLeft(), text);
      assertEquals(trimR, d.trimRight(), text);
      String inner = text.substring(l.length() + (trimL ? 2 : 0), rEnd - (trimR ? 2 : 0)).strip();
      assertEquals(kindOf(inner), d.kind(), text);
      assertEquals(inner.startsWith("else if") ? "else if"
          : inner.startsWith("else with") ? "else with" : "", d.detail(), text);
      assertEquals(src.substring(0, d.start()).chars().filter(c -> c == '\n').count() + 1,
          d.line(), text);
      int lineStart = src.lastIndexOf('\n', d.start() - 1) + 1;
      assertEquals(src.codePointCount(lineStart, d.start()) + 1, d.column(), text);
    }
  }

  private static Kind kindOf(String inner) {
    if (inner.startsWith("/*")) {
      return Kind.COMMENT;
    }
    String word = inner.split("[ \n]", 2)[0];
    for (Kind k : Kind.values()) {
      if (k != Kind.COMMENT && k != Kind.ACTION && k.name().equalsIgnoreCase(word)) {
        return k;
      }
    }
    return Kind.ACTION;
  }

  private static void checkNode(ParsedTemplate t, ControlNode node, int from, int to, int[] uses) {
    List<Delimited> a = t.actions();
    List<Branch> branches = node.branches();
    if (node.type() != ControlNode.Type.ROOT) {
      assertEquals(node.type().name(), a.get(node.open()).kind().name());
      assertEquals(Kind.END, a.get(node.end()).kind());
      assertEquals(node.open(), branches.get(0).header());
      assertTrue(a.get(node.open()).start() >= from && a.get(node.end()).end() <= to);
      uses[node.open()]++;
      uses[node.end()]++;
    }
    Deque<Integer> closers = new ArrayDeque<>();
    for (int i = 1; i < branches.size(); i++) {
      assertEquals(Kind.ELSE, a.get(branches.get(i).header()).kind());
      uses[branches.get(i).header()]++;
      closers.add(a.get(branches.get(i).header()).start());
    }
    closers.add(node.end() < 0 ? t.source().length() : a.get(node.end()).start());
    for (Branch b : branches) {
      assertEquals(b.header() < 0 ? 0 : a.get(b.header()).end(), b.start());
      assertEquals((int) closers.poll(), b.end());
      int last = b.start();
      for (ControlNode child : b.children()) {
        assertTrue(a.get(child.open()).start() >= last, "children in order");
        checkNode(t, child, b.start(), b.end(), uses);
        last = a.get(child.end()).end();
      }
    }
  }
}
