// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser is one Go parse.Tree: the top-level template or a define/block body. It ports parse.go's
 * control productions and builds the {@link ControlNode} tree on the way.
 */
final class Parser extends PipelineParser {
  /** Whether the tree's root list holds more than space and comments (Go: !IsEmptyTree). */
  private boolean nonEmpty;
  /** The define or block action that opened this tree, or -1 for the top-level template. */
  private int open = -1;
  /** Emptiness of the list the last itemList call returned. */
  private boolean lastListNonEmpty;

  private Parser(ParseSession session, byte[] name) {
    super(session, new String(name, StandardCharsets.ISO_8859_1),
        new String(name, StandardCharsets.UTF_8));
  }

  /** forRoot returns the tree for the top-level template. */
  static Parser forRoot(ParseSession session) {
    return new Parser(session, session.options.name().getBytes(StandardCharsets.UTF_8));
  }

  // Go: parse is the top-level parser for a template, essentially the same as itemList except
  // it also parses {{define}} actions. It runs to EOF. Then Go's Tree.Parse calls add().
  ControlNode parse() {
    List<ControlNode> children = new ArrayList<>();
    while (peek().type != ItemType.EOF) {
      if (peek().type == ItemType.LEFT_DELIM) {
        Item delim = next();
        if (nextNonSpace().type == ItemType.DEFINE) {
          Parser newT = new Parser(session, "definition".getBytes(StandardCharsets.UTF_8));
          children.add(newT.parseDefinition(delim.actionIndex));
          continue;
        }
        backup2(delim);
      }
      Node n = textOrAction();
      if (n.type == Node.Type.END || n.type == Node.Type.ELSE) {
        throw errorAt(n.actionIndex, "unexpected " + n);
      }
      if (!nonEmpty && !n.isEmpty(session.source)) {
        nonEmpty = true;
      }
      if (n.control != null) {
        children.add(n.control);
      }
    }
    add();
    Branch body = new Branch(-1, 0, session.source.length(), children);
    return new ControlNode(ControlNode.Type.ROOT, -1, List.of(body), -1);
  }

  // Go: parseDefinition parses a {{define}} ... {{end}} template definition and installs it in
  // the tree set. The "define" keyword has already been scanned.
  private ControlNode parseDefinition(int open) {
    String context = "define clause";
    Item name = expectOneOf(ItemType.STRING, ItemType.RAW_STRING, context);
    byte[] bytes = GoStrings.unquoteBytes(name.val());
    if (bytes == null) {
      throw errorAt(name, GoStrings.INVALID_SYNTAX);
    }
    nameKey = new String(bytes, StandardCharsets.ISO_8859_1);
    displayName = new String(bytes, StandardCharsets.UTF_8);
    session.facts.templateName(open, displayName);
    expect(ItemType.RIGHT_DELIM, context);
    List<ControlNode> children = new ArrayList<>();
    Node end = itemList(children);
    if (end.type != Node.Type.END) {
      throw errorAt(end.actionIndex, "unexpected " + end + " in " + context);
    }
    nonEmpty = lastListNonEmpty;
    this.open = open;
    add();
    return new ControlNode(ControlNode.Type.DEFINE, open,
        List.of(branch(open, end.actionIndex, children)), end.actionIndex);
  }

  // Go: add adds the tree to the tree set; a second non-empty definition is an error.
  private void add() {
    Boolean existingEmpty = session.treeSet.get(nameKey);
    if (existingEmpty == null || existingEmpty) {
      session.treeSet.put(nameKey, !nonEmpty);
      return;
    }
    if (nonEmpty) {
      throw errorAt(open,
          "template: multiple definition of template " + GoText.quote(displayName));
    }
  }

  // Go: itemList parses textOrAction* up to {{end}} or {{else}}, which it returns.
  private Node itemList(List<ControlNode> children) {
    boolean listNonEmpty = false;
    while (peekNonSpace().type != ItemType.EOF) {
      Node n = textOrAction();
      if (n.type == Node.Type.END || n.type == Node.Type.ELSE) {
        lastListNonEmpty = listNonEmpty;
        return n;
      }
      if (!listNonEmpty && !n.isEmpty(session.source)) {
        listNonEmpty = true;
      }
      if (n.control != null) {
        children.add(n.control);
      }
    }
    throw errorf("unexpected EOF");
  }

  // Go: textOrAction parses  text | comment | action
  private Node textOrAction() {
    Item t = nextNonSpace();
    switch (t.type) {
      case TEXT:
        return Node.text(t);
      case LEFT_DELIM:
        actionLine = t.line;
        try {
          return action(t.actionIndex);
        } finally {
          actionLine = 0; // Go: clearActionLine
        }
      case COMMENT:
        return Node.COMMENT;
      default:
        throw unexpected(t, "input");
    }
  }

  // Go: action parses a control or a pipeline; the left delimiter is past.
  private Node action(int open) {
    Item t = nextNonSpace();
    switch (t.type) {
      case BLOCK:
        return blockControl(open);
      case BREAK:
        return breakOrContinue("{{break}}");
      case CONTINUE:
        return breakOrContinue("{{continue}}");
      case ELSE:
        return elseControl(open);
      case END:
        return endControl(open);
      case IF:
        return Node.control(Node.Type.IF, parseControl("if", ControlNode.Type.IF, open));
      case RANGE:
        return Node.control(Node.Type.RANGE, parseControl("range", ControlNode.Type.RANGE, open));
      case TEMPLATE:
        return templateControl();
      case WITH:
        return Node.control(Node.Type.WITH, parseControl("with", ControlNode.Type.WITH, open));
      default:
        break;
    }
    backup();
    peek();
    // Do not pop variables; they persist until "end".
    pipeline("command", ItemType.RIGHT_DELIM);
    return Node.ACTION;
  }

  // Go: breakControl and continueControl; the keyword is past.
  private Node breakOrContinue(String what) {
    Item t = nextNonSpace();
    if (t.type != ItemType.RIGHT_DELIM) {
      throw unexpected(t, what);
    }
    if (rangeDepth == 0) {
      throw errorf(what + " outside {{range}}");
    }
    return what.equals("{{break}}") ? Node.BREAK : Node.CONTINUE;
  }

  // Go: parseControl parses  pipeline itemList ({{else}} itemList)? {{end}}  for if, range and
  // with. An "else if" / "else with" is parsed as a nested control whose branches are flattened
  // into this node; Go's tree nests it and lets the one {{end}} close both.
  private ControlNode parseControl(String context, ControlNode.Type type, int open) {
    List<Branch> branches = new ArrayList<>(2);
    int end = parseBranches(context, type, open, branches);
    return new ControlNode(type, open, branches, end);
  }

  // parseBranches is the body of Go's parseControl; a chained else-if appends its branches to
  // the same list, which keeps long chains linear. Returns the index of the closing {{end}}.
  private int parseBranches(String context, ControlNode.Type type, int open,
      List<Branch> branches) {
    int varsLen = vars.size();
    pipeline(context, ItemType.RIGHT_DELIM);
    if (type == ControlNode.Type.RANGE) {
      rangeDepth++;
    }
    List<ControlNode> children = new ArrayList<>();
    Node next = itemList(children);
    if (type == ControlNode.Type.RANGE) {
      rangeDepth--;
    }
    branches.add(branch(open, next.actionIndex, children));
    int end = next.actionIndex;
    if (next.type == Node.Type.ELSE) {
      if (type == ControlNode.Type.IF && peek().type == ItemType.IF) {
        next(); // Consume the "if" token.
        end = parseBranches("if", ControlNode.Type.IF, next.actionIndex, branches);
      } else if (type == ControlNode.Type.WITH && peek().type == ItemType.WITH
          && session.options.goVersion().allowsElseWith()) {
        next();
        end = parseBranches("with", ControlNode.Type.WITH, next.actionIndex, branches);
      } else {
        List<ControlNode> elseChildren = new ArrayList<>();
        Node last = itemList(elseChildren);
        if (last.type != Node.Type.END) {
          throw errorAt(last.actionIndex, "expected end; found " + last);
        }
        branches.add(branch(next.actionIndex, last.actionIndex, elseChildren));
        end = last.actionIndex;
      }
    }
    popVars(varsLen);
    return end;
  }

  private Branch branch(int header, int closer, List<ControlNode> children) {
    return new Branch(header, session.recorder.end(header), session.recorder.start(closer),
        children);
  }

  // Go: endControl; the end keyword is past.
  private Node endControl(int open) {
    expect(ItemType.RIGHT_DELIM, "end");
    return Node.marker(Node.Type.END, open);
  }

  // Go: elseControl; the else keyword is past. "{{else if" (and, since Go 1.23, "{{else with")
  // leave the keyword pending for parseControl.
  private Node elseControl(int open) {
    Item peek = peekNonSpace();
    if (peek.type == ItemType.IF
        || peek.type == ItemType.WITH && session.options.goVersion().allowsElseWith()) {
      return Node.marker(Node.Type.ELSE, open);
    }
    expect(ItemType.RIGHT_DELIM, "else");
    return Node.marker(Node.Type.ELSE, open);
  }

  // Go: blockControl parses  {{block stringValue pipeline}} itemList {{end}}; the body becomes
  // its own tree, like a define, and the action itself acts as {{template}}.
  private Node blockControl(int open) {
    String context = "block clause";
    Item t = nextNonSpace();
    byte[] name = parseTemplateName(t, context);
    pipeline(context, ItemType.RIGHT_DELIM);
    Parser block = new Parser(session, name);
    List<ControlNode> children = new ArrayList<>();
    Node end = block.itemList(children);
    if (end.type != Node.Type.END) {
      throw errorAt(end.actionIndex, "unexpected " + end + " in " + context);
    }
    block.open = open;
    block.nonEmpty = block.lastListNonEmpty;
    block.add();
    ControlNode node = new ControlNode(ControlNode.Type.BLOCK, open,
        List.of(branch(open, end.actionIndex, children)), end.actionIndex);
    return Node.control(Node.Type.TEMPLATE, node);
  }

  // Go: templateControl parses  {{template stringValue pipeline?}}; the keyword is past.
  private Node templateControl() {
    String context = "template clause";
    Item t = nextNonSpace();
    parseTemplateName(t, context);
    if (nextNonSpace().type != ItemType.RIGHT_DELIM) {
      backup();
      // Do not pop variables; they persist until "end".
      pipeline(context, ItemType.RIGHT_DELIM);
    }
    return Node.TEMPLATE;
  }
}
