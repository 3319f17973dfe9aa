// Ported from Go's text/template/parse/parse.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import dev.tmplpatch.gotemplate.GoLiterals;
import dev.tmplpatch.gotemplate.ItemType;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.Tokens;
import dev.tmplpatch.gotemplate.Tokens.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TreeBuilder builds Go's full parse trees (the main template and every define and block) from
 * the lexer's tokens. It runs only on text {@link dev.tmplpatch.gotemplate.GoTemplateParser} has
 * accepted, so it follows parse.go's productions and node positions without its error checks.
 */
final class TreeBuilder {
  private final List<Token> tokens;
  private int at;
  /** treeSet: template name -> root, Go's rules for empty redefinitions applied. */
  private final Map<String, Node.ListNode> treeSet;

  private TreeBuilder(List<Token> tokens, Map<String, Node.ListNode> treeSet) {
    this.tokens = tokens;
    this.treeSet = treeSet;
  }

  /** build returns every tree of an accepted text by name, the main one under options.name(). */
  static Map<String, Node.ListNode> build(String text, ParseOptions options) {
    Map<String, Node.ListNode> set = new LinkedHashMap<>();
    TreeBuilder b = new TreeBuilder(Tokens.lex(text, options), set);
    Node.ListNode root = b.parse();
    add(set, options.name(), root);
    return set;
  }

  private static void add(Map<String, Node.ListNode> set, String name, Node.ListNode root) {
    Node.ListNode old = set.get(name);
    if (old == null || isEmptyTree(old)) {
      set.put(name, root);
    }
  }

  /** isEmptyTree is Go's IsEmptyTree. */
  static boolean isEmptyTree(Node n) {
    if (n instanceof Node.ListNode) {
      for (Node c : ((Node.ListNode) n).nodes) {
        if (!isEmptyTree(c)) {
          return false;
        }
      }
      return true;
    }
    if (n instanceof Node.CommentNode) {
      return true;
    }
    if (n instanceof Node.TextNode) {
      return ((Node.TextNode) n).text.trim().isEmpty() && onlyGoSpace(((Node.TextNode) n).text);
    }
    return false;
  }

  // bytes.TrimSpace trims Unicode white space; String.trim trims <= ' '. Both must agree here.
  private static boolean onlyGoSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f'
          || c == 0x85 || c == 0xa0 || Character.isSpaceChar(c))) {
        return false;
      }
    }
    return true;
  }

  private Token next() {
    return tokens.get(at++);
  }

  private void backup() {
    at--;
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token nextNonSpace() {
    Token t;
    do {
      t = next();
    } while (t.type() == ItemType.SPACE);
    return t;
  }

  private Token peekNonSpace() {
    Token t = nextNonSpace();
    backup();
    return t;
  }

  // Go: parse is the top-level parser for a template.
  private Node.ListNode parse() {
    Node.ListNode root = new Node.ListNode(peek().pos());
    while (peek().type() != ItemType.EOF) {
      if (peek().type() == ItemType.LEFT_DELIM) {
        int mark = at;
        next();
        if (nextNonSpace().type() == ItemType.DEFINE) {
          parseDefinition();
          continue;
        }
        at = mark;
      }
      root.nodes.add(textOrAction());
    }
    return root;
  }

  private void parseDefinition() {
    Token name = nextNonSpace();
    String n = GoLiterals.unquote(name.val());
    nextNonSpace(); // right delim
    Node[] end = new Node[1];
    Node.ListNode root = itemList(end);
    add(treeSet, n, root);
  }

  private Node.ListNode itemList(Node[] end) {
    Node.ListNode list = new Node.ListNode(peekNonSpace().pos());
    while (peekNonSpace().type() != ItemType.EOF) {
      Node n = textOrAction();
      if (n instanceof Node.EndNode || n instanceof Node.ElseNode) {
        end[0] = n;
        return list;
      }
      list.nodes.add(n);
    }
    throw new IllegalStateException("unexpected EOF in accepted text");
  }

  private Node textOrAction() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case TEXT:
        return new Node.TextNode(t.pos(), t.val());
      case LEFT_DELIM:
        return action();
      case COMMENT:
        return new Node.CommentNode(t.pos(), t.val());
      default:
        throw new IllegalStateException("unexpected " + t + " in accepted text");
    }
  }

  private Node action() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case BLOCK:
        return blockControl();
      case BREAK:
        nextNonSpace();
        return new Node.BreakNode(t.pos());
      case CONTINUE:
        nextNonSpace();
        return new Node.ContinueNode(t.pos());
      case ELSE:
        return elseControl();
      case END:
        return new Node.EndNode(nextNonSpace().pos());
      case IF:
        return control(Node.BranchNode.Kind.IF, "if");
      case RANGE:
        return control(Node.BranchNode.Kind.RANGE, "range");
      case TEMPLATE:
        return templateControl();
      case WITH:
        return control(Node.BranchNode.Kind.WITH, "with");
      default:
        break;
    }
    backup();
    Token token = peek();
    return new Node.ActionNode(token.pos(), pipeline("command", ItemType.RIGHT_DELIM));
  }

  private Node.PipeNode pipeline(String context, ItemType end) {
    Node.PipeNode pipe = new Node.PipeNode(peekNonSpace().pos());
    decls:
    while (true) {
      Token v = peekNonSpace();
      if (v.type() == ItemType.VARIABLE) {
        next();
        Token tokenAfterVariable = peek();
        Token nxt = peekNonSpace();
        if (nxt.type() == ItemType.ASSIGN || nxt.type() == ItemType.DECLARE) {
          pipe.isAssign = nxt.type() == ItemType.ASSIGN;
          nextNonSpace();
          pipe.decl.add(new Node.VariableNode(v.pos(), v.val()));
        } else if (nxt.type() == ItemType.CHAR && nxt.val().equals(",")) {
          nextNonSpace();
          pipe.decl.add(new Node.VariableNode(v.pos(), v.val()));
          // only range, with its second variable, gets here in accepted text
          continue decls;
        } else if (tokenAfterVariable.type() == ItemType.SPACE) {
          // Go's backup3(v, tokenAfterVariable): v is re-read as an operand.
          at = indexOf(v);
        } else {
          at = indexOf(v);
        }
      }
      break;
    }
    while (true) {
      Token t = nextNonSpace();
      if (t.type() == end) {
        return pipe;
      }
      backup();
      pipe.cmds.add(command());
    }
  }

  private int indexOf(Token v) {
    int i = at;
    while (tokens.get(i) != v) {
      i--;
    }
    return i;
  }

  private Node control(Node.BranchNode.Kind kind, String context) {
    Node.PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
    Node[] next = new Node[1];
    Node.ListNode list = itemList(next);
    Node.ListNode elseList = null;
    if (next[0] instanceof Node.ElseNode) {
      if (kind == Node.BranchNode.Kind.IF && peek().type() == ItemType.IF) {
        next();
        elseList = new Node.ListNode(next[0].pos);
        elseList.nodes.add(control(Node.BranchNode.Kind.IF, "if"));
      } else if (kind == Node.BranchNode.Kind.WITH && peek().type() == ItemType.WITH) {
        next();
        elseList = new Node.ListNode(next[0].pos);
        elseList.nodes.add(control(Node.BranchNode.Kind.WITH, "with"));
      } else {
        elseList = itemList(next);
      }
    }
    return new Node.BranchNode(kind, pipe.pos, pipe, list, elseList);
  }

  private Node elseControl() {
    Token peek = peekNonSpace();
    if (peek.type() == ItemType.IF || peek.type() == ItemType.WITH) {
      return new Node.ElseNode(peek.pos());
    }
    Token t = nextNonSpace(); // right delim
    return new Node.ElseNode(t.pos());
  }

  private Node blockControl() {
    Token token = nextNonSpace();
    String name = GoLiterals.unquote(token.val());
    Node.PipeNode pipe = pipeline("block clause", ItemType.RIGHT_DELIM);
    Node[] end = new Node[1];
    Node.ListNode root = itemList(end);
    add(treeSet, name, root);
    return new Node.TemplateNode(token.pos(), name, pipe);
  }

  private Node templateControl() {
    Token token = nextNonSpace();
    String name = GoLiterals.unquote(token.val());
    Node.PipeNode pipe = null;
    if (nextNonSpace().type() != ItemType.RIGHT_DELIM) {
      backup();
      pipe = pipeline("template clause", ItemType.RIGHT_DELIM);
    }
    return new Node.TemplateNode(token.pos(), name, pipe);
  }

  private Node.CommandNode command() {
    Node.CommandNode cmd = new Node.CommandNode(peekNonSpace().pos());
    while (true) {
      peekNonSpace();
      Node operand = operand();
      if (operand != null) {
        cmd.args.add(operand);
      }
      Token t = next();
      if (t.type() == ItemType.SPACE) {
        continue;
      }
      if (t.type() == ItemType.RIGHT_DELIM || t.type() == ItemType.RIGHT_PAREN) {
        backup();
      }
      // itemPipe: the command ends
      return cmd;
    }
  }

  private Node operand() {
    Node node = term();
    if (node == null) {
      return null;
    }
    if (peek().type() == ItemType.FIELD) {
      Node.ChainNode chain = new Node.ChainNode(peek().pos(), node);
      while (peek().type() == ItemType.FIELD) {
        chain.add(next().val());
      }
      if (node instanceof Node.FieldNode) {
        return new Node.FieldNode(chain.pos, chain.toString());
      }
      if (node instanceof Node.VariableNode) {
        return new Node.VariableNode(chain.pos, chain.toString());
      }
      return chain;
    }
    return node;
  }

  private Node term() {
    Token t = nextNonSpace();
    switch (t.type()) {
      case IDENTIFIER:
        return new Node.IdentifierNode(t.pos(), t.val());
      case DOT:
        return new Node.DotNode(t.pos());
      case NIL:
        return new Node.NilNode(t.pos());
      case VARIABLE:
        return new Node.VariableNode(t.pos(), t.val());
      case FIELD:
        return new Node.FieldNode(t.pos(), t.val());
      case BOOL:
        return new Node.BoolNode(t.pos(), t.val().equals("true"));
      case CHAR_CONSTANT:
      case COMPLEX:
      case NUMBER:
        return new Node.NumberNode(t.pos(), GoLiterals.number(t.val(), t.type()));
      case LEFT_PAREN:
        return pipeline("parenthesized pipeline", ItemType.RIGHT_PAREN);
      case STRING:
      case RAW_STRING:
        return new Node.StringNode(t.pos(), t.val(), GoLiterals.unquote(t.val()));
      default:
        backup();
        return null;
    }
  }
}
