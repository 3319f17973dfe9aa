// Ported from Go's text/template/parse/node.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import dev.tmplpatch.gotemplate.GoLiterals;
import java.util.ArrayList;
import java.util.List;

/**
 * Node is an element of Go's parse tree. {@code pos} is the char index Go's Pos (a byte offset)
 * corresponds to; {@link #toString} is Go's String(), which execution errors quote.
 */
abstract class Node {
  final int pos;

  Node(int pos) {
    this.pos = pos;
  }

  abstract void writeTo(StringBuilder sb);

  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    writeTo(sb);
    return sb.toString();
  }

  static final class ListNode extends Node {
    final List<Node> nodes = new ArrayList<>();

    ListNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (Node n : nodes) {
        n.writeTo(sb);
      }
    }
  }

  static final class TextNode extends Node {
    final String text;

    TextNode(int pos, String text) {
      super(pos);
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(text);
    }
  }

  static final class CommentNode extends Node {
    final String text;

    CommentNode(int pos, String text) {
      super(pos);
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{").append(text).append("}}");
    }
  }

  static final class PipeNode extends Node {
    boolean isAssign;
    final List<VariableNode> decl = new ArrayList<>();
    final List<CommandNode> cmds = new ArrayList<>();

    PipeNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      if (!decl.isEmpty()) {
        for (int i = 0; i < decl.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          decl.get(i).writeTo(sb);
        }
        sb.append(isAssign ? " = " : " := ");
      }
      for (int i = 0; i < cmds.size(); i++) {
        if (i > 0) {
          sb.append(" | ");
        }
        cmds.get(i).writeTo(sb);
      }
    }
  }

  static final class ActionNode extends Node {
    final PipeNode pipe;

    ActionNode(int pos, PipeNode pipe) {
      super(pos);
      this.pipe = pipe;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{");
      pipe.writeTo(sb);
      sb.append("}}");
    }
  }

  static final class CommandNode extends Node {
    final List<Node> args = new ArrayList<>();

    CommandNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        Node arg = args.get(i);
        if (arg instanceof PipeNode) {
          sb.append('(');
          arg.writeTo(sb);
          sb.append(')');
          continue;
        }
        arg.writeTo(sb);
      }
    }
  }

  static final class IdentifierNode extends Node {
    final String ident;

    IdentifierNode(int pos, String ident) {
      super(pos);
      this.ident = ident;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(ident);
    }
  }

  static final class VariableNode extends Node {
    final String[] ident;

    VariableNode(int pos, String ident) {
      super(pos);
      this.ident = ident.split("\\.", -1);
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (int i = 0; i < ident.length; i++) {
        if (i > 0) {
          sb.append('.');
        }
        sb.append(ident[i]);
      }
    }
  }

  static final class DotNode extends Node {
    DotNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append('.');
    }
  }

  static final class NilNode extends Node {
    NilNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("nil");
    }
  }

  static final class FieldNode extends Node {
    final String[] ident;

    FieldNode(int pos, String ident) {
      super(pos);
      // Go: strings.Split(ident[1:], ".")
      this.ident = ident.substring(1).split("\\.", -1);
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (String id : ident) {
        sb.append('.').append(id);
      }
    }
  }

  static final class ChainNode extends Node {
    final Node node;
    final List<String> field = new ArrayList<>();

    ChainNode(int pos, Node node) {
      super(pos);
      this.node = node;
    }

    void add(String f) {
      field.add(f.substring(1));
    }

    @Override
    void writeTo(StringBuilder sb) {
      if (node instanceof PipeNode) {
        sb.append('(');
        node.writeTo(sb);
        sb.append(')');
      } else {
        node.writeTo(sb);
      }
      for (String f : field) {
        sb.append('.').append(f);
      }
    }
  }

  static final class BoolNode extends Node {
    final boolean value;

    BoolNode(int pos, boolean value) {
      super(pos);
      this.value = value;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(value);
    }
  }

  static final class NumberNode extends Node {
    final GoLiterals.Number n;

    NumberNode(int pos, GoLiterals.Number n) {
      super(pos);
      this.n = n;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(n.text());
    }
  }

  static final class StringNode extends Node {
    final String quoted;
    final String text;

    StringNode(int pos, String quoted, String text) {
      super(pos);
      this.quoted = quoted;
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(quoted);
    }
  }

  /** BranchNode is if, range or with. */
  static final class BranchNode extends Node {
    enum Kind { IF, RANGE, WITH }

    final Kind kind;
    final PipeNode pipe;
    final ListNode list;
    final ListNode elseList;

    BranchNode(Kind kind, int pos, PipeNode pipe, ListNode list, ListNode elseList) {
      super(pos);
      this.kind = kind;
      this.pipe = pipe;
      this.list = list;
      this.elseList = elseList;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
      pipe.writeTo(sb);
      sb.append("}}");
      list.writeTo(sb);
      if (elseList != null) {
        sb.append("{{else}}");
        elseList.writeTo(sb);
      }
      sb.append("{{end}}");
    }
  }

  static final class BreakNode extends Node {
    BreakNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{break}}");
    }
  }

  static final class ContinueNode extends Node {
    ContinueNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{continue}}");
    }
  }

  static final class TemplateNode extends Node {
    final String name;
    final PipeNode pipe;

    TemplateNode(int pos, String name, PipeNode pipe) {
      super(pos);
      this.name = name;
      this.pipe = pipe;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{template ").append(GoStrings.quote(name));
      if (pipe != null) {
        sb.append(' ');
        pipe.writeTo(sb);
      }
      sb.append("}}");
    }
  }

  /** Marker nodes the builder returns for {{end}} and {{else}}. */
  static final class EndNode extends Node {
    EndNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{end}}");
    }
  }

  static final class ElseNode extends Node {
    ElseNode(int pos) {
      super(pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{else}}");
    }
  }
}
