// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * PipelineParser holds Go's pipeline, command, operand and term productions.
 *
 * <p>Nodes are reduced to their {@link Node.Type}: that is all checkPipeline and the
 * "unexpected . after term" check look at. Identifiers used as functions are collected.
 */
abstract class PipelineParser extends TreeState {
  /** Span of the last literal term, whose text Go prints in "unexpected . after term". */
  private int lastTermPos;
  private int lastTermEnd;

  /** lastIdentifier, lastNumber and lastTermAction describe the term parsed last (for facts). */
  private String lastIdentifier;
  private String lastNumber;
  private int lastTermAction = -1;

  PipelineParser(ParseSession session, String nameKey, String displayName) {
    super(session, nameKey, displayName);
  }

  // Go: pipeline parses  declarations? command ('|' command)*
  final void pipeline(String context, ItemType end) {
    peekNonSpace();
    int decls = 0;
    decls:
    while (true) {
      Item v = peekNonSpace();
      if (v.type == ItemType.VARIABLE) {
        next();
        // Since space is a token, we need 3-token look-ahead here in the worst case: in "$x foo"
        // we need to read "foo" (as opposed to ":=") to know that $x is an argument variable
        // rather than a declaration.
        Item tokenAfterVariable = peek();
        Item nxt = peekNonSpace();
        if (nxt.type == ItemType.ASSIGN || nxt.type == ItemType.DECLARE) {
          nextNonSpace();
          decls++;
          vars.add(v.val());
          session.facts.variable(v.actionIndex, v.val(), context.equals("command"));
        } else if (nxt.type == ItemType.CHAR && nxt.valEquals(",")) {
          nextNonSpace();
          decls++;
          vars.add(v.val());
          session.facts.variable(v.actionIndex, v.val(), false);
          if (context.equals("range") && decls < 2) {
            switch (peekNonSpace().type) {
              case VARIABLE:
              case RIGHT_DELIM:
              case RIGHT_PAREN:
                // second initialized variable in a range pipeline
                continue decls;
              default:
                throw errorf("range can only initialize variables");
            }
          }
          throw errorf("too many declarations in " + context);
        } else if (tokenAfterVariable.type == ItemType.SPACE) {
          backup3(v, tokenAfterVariable);
        } else {
          backup2(v);
        }
      }
      break;
    }
    int cmds = 0;
    int badStage = 0;
    int badCommand = -1;
    while (true) {
      Item t = nextNonSpace();
      if (t.type == end) {
        // Go: checkPipeline.
        if (cmds == 0) {
          throw errorf("missing value for " + context);
        }
        if (badStage != 0) {
          throw session.exception(errorLine(), badCommand,
              "non executable command in pipeline stage " + badStage);
        }
        return;
      }
      switch (t.type) {
        case BOOL: case CHAR_CONSTANT: case COMPLEX: case DOT: case FIELD: case IDENTIFIER:
        case NUMBER: case NIL: case RAW_STRING: case STRING: case VARIABLE: case LEFT_PAREN:
          backup();
          Node.Type first = command();
          cmds++;
          if (cmds > 1 && badStage == 0 && isLiteral(first)) {
            badStage = cmds; // With A|B|C, pipeline stage 2 is B
            badCommand = t.pos;
          }
          break;
        default:
          throw unexpected(t, context);
      }
    }
  }

  private static boolean isLiteral(Node.Type t) {
    return t == Node.Type.BOOL || t == Node.Type.DOT || t == Node.Type.NIL
        || t == Node.Type.NUMBER || t == Node.Type.STRING;
  }

  // Go: command parses  operand (space operand)*  and returns the type of its first operand.
  private Node.Type command() {
    peekNonSpace();
    Node.Type first = null;
    String function = null;
    int operands = 0;
    while (true) {
      peekNonSpace(); // skip leading spaces.
      Node.Type operand = operand();
      if (operand != null && first == null) {
        first = operand;
      }
      if (operand != null) {
        if (operands == 0) {
          function = operand == Node.Type.IDENTIFIER ? lastIdentifier : null;
        } else if (operands == 1 && operand == Node.Type.NUMBER
            && ("indent".equals(function) || "nindent".equals(function))) {
          session.facts.indent(lastTermAction, lastNumber, function.equals("nindent"));
        }
        operands++;
      }
      Item t = next();
      switch (t.type) {
        case SPACE:
          continue;
        case RIGHT_DELIM:
        case RIGHT_PAREN:
          backup();
          break;
        case PIPE:
          break;
        default:
          throw unexpected(t, "operand");
      }
      break;
    }
    if (first == null) {
      throw errorf("empty command");
    }
    return first;
  }

  // Go: operand parses  term .Field*
  private Node.Type operand() {
    Node.Type node = term();
    if (node == null) {
      return null;
    }
    if (peek().type == ItemType.FIELD) {
      while (peek().type == ItemType.FIELD) {
        next();
      }
      switch (node) {
        case FIELD:
        case VARIABLE:
          break;
        case BOOL: case STRING: case NUMBER: case NIL: case DOT:
          throw session.exception(errorLine(), lastTermPos, "unexpected . after term "
              + GoText.quote(session.source.substring(lastTermPos, lastTermEnd)));
        default:
          node = Node.Type.CHAIN;
      }
    }
    return node;
  }

  // Go: term parses a literal, function, ., .Field, $ or '(' pipeline ')'.
  private Node.Type term() {
    Item t = nextNonSpace();
    switch (t.type) {
      case IDENTIFIER:
        if (session.options.functions() != null
            && !session.options.functions().contains(t.val())) {
          throw errorf("function " + GoText.quote(t.val()) + " not defined");
        }
        session.functions.add(t.val());
        session.facts.call(t.actionIndex, t.val(), t.pos);
        lastIdentifier = t.val();
        lastTermAction = t.actionIndex;
        return Node.Type.IDENTIFIER;
      case DOT:
        lastTerm(t);
        return Node.Type.DOT;
      case NIL:
        lastTerm(t);
        return Node.Type.NIL;
      case VARIABLE:
        useVar(t);
        return Node.Type.VARIABLE;
      case FIELD:
        return Node.Type.FIELD;
      case BOOL:
        lastTerm(t);
        return Node.Type.BOOL;
      case CHAR_CONSTANT:
      case COMPLEX:
      case NUMBER: {
        String err = GoNumbers.numberError(t.val(), t.type);
        if (err != null) {
          throw errorAt(t, err);
        }
        lastTerm(t);
        lastNumber = t.type == ItemType.NUMBER ? t.val() : null;
        return Node.Type.NUMBER;
      }
      case LEFT_PAREN:
        // Go 1.24's parser has no depth limit for parentheses (maxStackDepth came later), so
        // neither do we: deep nesting runs on the big-stack thread GoTemplateParser falls back to.
        pipeline("parenthesized pipeline", ItemType.RIGHT_PAREN);
        return Node.Type.PIPE;
      case STRING:
      case RAW_STRING: {
        String err = GoStrings.unquoteError(t.val());
        if (err != null) {
          throw errorAt(t, err);
        }
        lastTerm(t);
        return Node.Type.STRING;
      }
      default:
        backup();
        return null;
    }
  }

  private void lastTerm(Item t) {
    lastTermPos = t.pos;
    lastTermEnd = t.end;
  }

  // Go: parseTemplateName unquotes the name of a template or block; returns its UTF-8 bytes.
  final byte[] parseTemplateName(Item t, String context) {
    if (t.type == ItemType.STRING || t.type == ItemType.RAW_STRING) {
      byte[] name = GoStrings.unquoteBytes(t.val());
      if (name == null) {
        throw errorAt(t, GoStrings.INVALID_SYNTAX);
      }
      session.facts.templateName(t.actionIndex, new String(name, java.nio.charset.StandardCharsets.UTF_8));
      return name;
    }
    throw unexpected(t, context);
  }
}
