// Ported from Go's text/template/exec.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import dev.tmplpatch.gotemplate.GoLiterals;
import java.util.Arrays;
import java.util.List;

/**
 * Exec is Go's template execution state: the template being run, the output, the node being
 * evaluated (for errors), the variable stack and the depth of template invocations.
 */
final class Exec {
  static final int MAX_EXEC_DEPTH = 100000;
  private static final GoType MISSING_TYPE = GoType.struct("template.missingValType", List.of());
  /** MISSING is Go's missingVal: "no final argument from a previous pipeline stage". */
  static final Value MISSING = Value.raw(MISSING_TYPE, new Value[0]);

  /** Signals break and continue out of a range body (Go: walkBreak, walkContinue). */
  static final class Jump extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Jump(String s) {
      super(s, null, false, false);
    }
  }

  private static final Jump BREAK = new Jump("break");
  private static final Jump CONTINUE = new Jump("continue");

  private final GoTemplate set;
  private final StringBuilder out;
  private String tmplName;
  private Node node;
  private String[] varNames = new String[16];
  private Value[] varValues = new Value[16];
  private int vars;
  private int depth;

  Exec(GoTemplate set, String tmplName, StringBuilder out) {
    this.set = set;
    this.tmplName = tmplName;
    this.out = out;
  }

  // ---- variables ------------------------------------------------------------------------------

  void push(String name, Value value) {
    if (vars == varNames.length) {
      varNames = Arrays.copyOf(varNames, vars * 2);
      varValues = Arrays.copyOf(varValues, vars * 2);
    }
    varNames[vars] = name;
    varValues[vars] = value;
    vars++;
  }

  private int mark() {
    return vars;
  }

  private void pop(int mark) {
    for (int i = mark; i < vars; i++) {
      varValues[i] = null;
    }
    vars = mark;
  }

  private void setVar(String name, Value value) {
    for (int i = vars - 1; i >= 0; i--) {
      if (varNames[i].equals(name)) {
        varValues[i] = value;
        return;
      }
    }
    throw errorf("undefined variable: " + name);
  }

  private void setTopVar(int n, Value value) {
    varValues[vars - n] = value;
  }

  private Value varValue(String name) {
    for (int i = vars - 1; i >= 0; i--) {
      if (varNames[i].equals(name)) {
        return varValues[i];
      }
    }
    throw errorf("undefined variable: " + name);
  }

  // ---- errors ---------------------------------------------------------------------------------

  private void at(Node n) {
    node = n;
  }

  /** errorf builds Go's ExecError text for the current node. */
  ExecException errorf(String message) {
    String quotedName = GoStrings.quote(tmplName);
    if (node == null) {
      return new ExecException(tmplName, "template: " + tmplName + ": " + message);
    }
    return new ExecException(tmplName, "template: " + set.location(node.pos) + ": executing "
        + quotedName + " at <" + node + ">: " + message);
  }

  // ---- walk -----------------------------------------------------------------------------------

  void walk(Value dot, Node n) {
    at(n);
    if (n instanceof Node.TextNode) {
      out.append(((Node.TextNode) n).text);
    } else if (n instanceof Node.ActionNode) {
      Node.ActionNode a = (Node.ActionNode) n;
      Value val = evalPipeline(dot, a.pipe);
      if (a.pipe.decl.isEmpty()) {
        printValue(n, val);
      }
    } else if (n instanceof Node.ListNode) {
      List<Node> nodes = ((Node.ListNode) n).nodes;
      for (int i = 0, size = nodes.size(); i < size; i++) {
        walk(dot, nodes.get(i));
      }
    } else if (n instanceof Node.BranchNode) {
      Node.BranchNode b = (Node.BranchNode) n;
      if (b.kind == Node.BranchNode.Kind.RANGE) {
        walkRange(dot, b);
      } else {
        walkIfOrWith(b.kind == Node.BranchNode.Kind.WITH, dot, b.pipe, b.list, b.elseList);
      }
    } else if (n instanceof Node.TemplateNode) {
      walkTemplate(dot, (Node.TemplateNode) n);
    } else if (n instanceof Node.BreakNode) {
      throw BREAK;
    } else if (n instanceof Node.ContinueNode) {
      throw CONTINUE;
    } else if (!(n instanceof Node.CommentNode)) {
      throw errorf("unknown node: " + n);
    }
  }

  private void walkIfOrWith(boolean with, Value dot, Node.PipeNode pipe, Node.ListNode list,
      Node.ListNode elseList) {
    int mark = mark();
    try {
      Value val = evalPipeline(dot, pipe);
      int truth = isTrue(indirectInterface(val));
      if (truth < 0) {
        throw errorf("if/with can't use " + GoFmt.sprint(new Value[] {val}));
      }
      if (truth == 1) {
        walk(with ? val : dot, list);
      } else if (elseList != null) {
        walk(dot, elseList);
      }
    } finally {
      pop(mark);
    }
  }

  /** isTrue is Go's isTrue: 1 true, 0 false, -1 no truth value. */
  static int isTrue(Value val) {
    if (!val.isValid()) {
      return 0;
    }
    boolean truth;
    switch (val.kind()) {
      case ARRAY: case MAP: case SLICE: case STRING:
        truth = val.len() > 0;
        break;
      case BOOL:
        truth = val.bool();
        break;
      case COMPLEX64: case COMPLEX128:
        truth = val.complexValue()[0] != 0 || val.complexValue()[1] != 0;
        break;
      case FUNC: case POINTER: case INTERFACE:
        truth = !val.isNil();
        break;
      case FLOAT32: case FLOAT64:
        truth = val.floatValue() != 0;
        break;
      case STRUCT:
        truth = true;
        break;
      default:
        truth = val.longValue() != 0;
    }
    return truth ? 1 : 0;
  }

  static boolean truth(Value v) {
    return isTrue(indirectInterface(v)) == 1;
  }

  private void walkRange(Value dot, Node.BranchNode r) {
    at(r);
    int outer = mark();
    try {
      Value val = indirect(evalPipeline(dot, r.pipe));
      int mark = mark();
      boolean ran = false;
      GoType.Kind k = val.kind();
      if (k == null) {
        // An invalid value is likely a nil map, etc. and acts like an empty map.
      } else if (k.isInt() || k.isUint()) {
        if (r.pipe.decl.size() > 1) {
          throw errorf("can't use " + GoFmt.sprint(new Value[] {val})
              + " to iterate over more than one variable");
        }
        long n = val.longValue();
        boolean unsigned = k.isUint();
        for (long i = 0; unsigned ? Long.compareUnsigned(i, n) < 0 : i < n; i++) {
          ran = true;
          if (oneIteration(r, mark, Value.INVALID, Value.raw(val.type(), i))) {
            break;
          }
        }
      } else if (k == GoType.Kind.ARRAY || k == GoType.Kind.SLICE) {
        List<Value> l = val.list();
        for (int i = 0; i < l.size(); i++) {
          ran = true;
          Value e = l.get(i);
          if (k == GoType.Kind.SLICE || val.addressable) {
            e = e.asAddressable();
          }
          if (oneIteration(r, mark, Value.ofInt(i), e)) {
            break;
          }
        }
      } else if (k == GoType.Kind.MAP) {
        if (val.len() > 0) {
          GoType kt = val.type().key();
          for (Object key : MapKeys.sorted(val)) {
            ran = true;
            if (oneIteration(r, mark, Value.raw(kt, key), val.mapIndex(key))) {
              break;
            }
          }
        }
      } else {
        throw errorf("range can't iterate over " + GoFmt.sprint(new Value[] {val}));
      }
      if (!ran && r.elseList != null) {
        try {
          walk(dot, r.elseList);
        } catch (Jump j) {
          // Go's walkRange recovers walkBreak from anywhere inside it, its else list included:
          // a {{break}} there ends this range statement, not the enclosing one.
          if (j != BREAK) {
            throw j;
          }
        }
      }
    } finally {
      pop(outer);
    }
  }

  /** oneIteration runs the body once; returns true on break. */
  private boolean oneIteration(Node.BranchNode r, int mark, Value index, Value elem) {
    List<Node.VariableNode> decl = r.pipe.decl;
    if (!decl.isEmpty()) {
      if (r.pipe.isAssign) {
        if (decl.size() > 1) {
          setVar(decl.get(0).ident[0], index);
        } else {
          setVar(decl.get(0).ident[0], elem);
        }
      } else {
        setTopVar(1, elem);
      }
    }
    if (decl.size() > 1) {
      if (r.pipe.isAssign) {
        setVar(decl.get(1).ident[0], elem);
      } else {
        setTopVar(2, index);
      }
    }
    try {
      walk(elem, r.list);
    } catch (Jump j) {
      if (j == BREAK) {
        return true;
      }
    } finally {
      pop(mark);
    }
    return false;
  }

  private void walkTemplate(Value dot, Node.TemplateNode t) {
    at(t);
    Node.ListNode tree = set.lookup(t.name);
    if (tree == null) {
      throw errorf("template " + GoStrings.quote(t.name) + " not defined");
    }
    if (depth == MAX_EXEC_DEPTH) {
      throw errorf("exceeded maximum template depth (" + MAX_EXEC_DEPTH + ")");
    }
    dot = evalPipeline(dot, t.pipe);
    // No dynamic scoping: template invocations inherit no variables.
    String savedName = tmplName;
    String[] savedNames = varNames;
    Value[] savedValues = varValues;
    int savedVars = vars;
    varNames = new String[8];
    varValues = new Value[8];
    vars = 0;
    push("$", dot);
    tmplName = t.name;
    depth++;
    try {
      walk(dot, tree);
    } finally {
      depth--;
      tmplName = savedName;
      varNames = savedNames;
      varValues = savedValues;
      vars = savedVars;
    }
  }

  // ---- eval -----------------------------------------------------------------------------------

  Value evalPipeline(Value dot, Node.PipeNode pipe) {
    if (pipe == null) {
      return Value.INVALID;
    }
    at(pipe);
    Value value = MISSING;
    for (Node.CommandNode cmd : pipe.cmds) {
      value = evalCommand(dot, cmd, value);
      // If the object has type interface{}, dig down one level to the thing inside.
      if (value.isValid() && value.type().isInterface() && value.type() != GoType.ERROR) {
        value = value.elem();
      }
    }
    for (Node.VariableNode v : pipe.decl) {
      if (pipe.isAssign) {
        setVar(v.ident[0], value);
      } else {
        push(v.ident[0], value);
      }
    }
    return value;
  }

  private void notAFunction(List<Node> args, Value fin) {
    if ((args != null && args.size() > 1) || fin != MISSING) {
      throw errorf("can't give argument to non-function " + args.get(0));
    }
  }

  private Value evalCommand(Value dot, Node.CommandNode cmd, Value fin) {
    Node first = cmd.args.get(0);
    if (first instanceof Node.FieldNode) {
      return evalFieldNode(dot, (Node.FieldNode) first, cmd.args, fin);
    }
    if (first instanceof Node.ChainNode) {
      return evalChainNode(dot, (Node.ChainNode) first, cmd.args, fin);
    }
    if (first instanceof Node.IdentifierNode) {
      return evalFunction(dot, (Node.IdentifierNode) first, cmd, cmd.args, fin);
    }
    if (first instanceof Node.PipeNode) {
      notAFunction(cmd.args, fin);
      return evalPipeline(dot, (Node.PipeNode) first);
    }
    if (first instanceof Node.VariableNode) {
      return evalVariableNode(dot, (Node.VariableNode) first, cmd.args, fin);
    }
    at(first);
    notAFunction(cmd.args, fin);
    if (first instanceof Node.BoolNode) {
      return Value.of(((Node.BoolNode) first).value);
    }
    if (first instanceof Node.DotNode) {
      return dot;
    }
    if (first instanceof Node.NilNode) {
      throw errorf("nil is not a command");
    }
    if (first instanceof Node.NumberNode) {
      return idealConstant((Node.NumberNode) first);
    }
    if (first instanceof Node.StringNode) {
      return Value.of(((Node.StringNode) first).text);
    }
    throw errorf("can't evaluate command " + GoStrings.quote(first.toString()));
  }

  private Value idealConstant(Node.NumberNode constant) {
    at(constant);
    GoLiterals.Number n = constant.n;
    String text = n.text();
    if (n.isComplex()) {
      return Value.raw(GoType.COMPLEX128, new double[] {n.real(), n.imag()});
    }
    if (n.isFloat() && !isHexInt(text) && !isRuneInt(text) && containsAny(text, ".eEpP")) {
      return Value.ofFloat64(n.float64());
    }
    if (n.isInt()) {
      return Value.ofInt(n.int64());
    }
    if (n.isUint()) {
      throw errorf(text + " overflows int");
    }
    return Value.INVALID;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRuneInt(String s) {
    return !s.isEmpty() && s.charAt(0) == '\'';
  }

  private static boolean isHexInt(String s) {
    return s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')
        && !containsAny(s, "pP");
  }

  private Value evalFieldNode(Value dot, Node.FieldNode field, List<Node> args, Value fin) {
    at(field);
    return evalFieldChain(dot, dot, field, field.ident, 0, args, fin);
  }

  private Value evalChainNode(Value dot, Node.ChainNode chain, List<Node> args, Value fin) {
    at(chain);
    if (chain.field.isEmpty()) {
      throw errorf("internal error: no fields in evalChainNode");
    }
    if (chain.node instanceof Node.NilNode) {
      throw errorf("indirection through explicit nil in " + chain);
    }
    Value pipe = evalArg(dot, null, chain.node);
    return evalFieldChain(dot, pipe, chain, chain.field.toArray(new String[0]), 0, args, fin);
  }

  private Value evalVariableNode(Value dot, Node.VariableNode variable, List<Node> args,
      Value fin) {
    at(variable);
    Value value = varValue(variable.ident[0]);
    if (variable.ident.length == 1) {
      notAFunction(args, fin);
      return value;
    }
    return evalFieldChain(dot, value, variable, variable.ident, 1, args, fin);
  }

  private Value evalFieldChain(Value dot, Value receiver, Node n, String[] ident, int from,
      List<Node> args, Value fin) {
    int last = ident.length - 1;
    for (int i = from; i < last; i++) {
      receiver = evalField(dot, ident[i], n, null, MISSING, receiver);
    }
    return evalField(dot, ident[last], n, args, fin, receiver);
  }

  private Value evalFunction(Value dot, Node.IdentifierNode n, Node cmd, List<Node> args,
      Value fin) {
    at(n);
    String name = n.ident;
    GoFunc f = set.function(name);
    boolean builtin = false;
    if (f == null) {
      f = Builtins.get(name);
      builtin = true;
    }
    if (f == null) {
      throw errorf(GoStrings.quote(name) + " is not a defined function");
    }
    return evalCall(dot, f, builtin, cmd, name, args, fin);
  }

  private Value evalField(Value dot, String fieldName, Node n, List<Node> args, Value fin,
      Value receiver) {
    if (!receiver.isValid()) {
      return Value.INVALID;
    }
    GoType typ = receiver.type();
    boolean[] isNil = new boolean[1];
    receiver = indirect(receiver, isNil);
    if (receiver.kind() == GoType.Kind.INTERFACE && isNil[0]) {
      throw errorf("nil pointer evaluating " + typ + "." + fieldName);
    }
    Value ptr = receiver;
    if (ptr.kind() != GoType.Kind.INTERFACE && ptr.kind() != GoType.Kind.POINTER
        && ptr.addressable) {
      ptr = Value.pointerTo(ptr);
    }
    GoFunc method = ptr.kind() == GoType.Kind.INTERFACE ? null : findMethod(ptr, fieldName);
    if (method != null) {
      return evalCall(dot, method, false, n, fieldName, args, fin);
    }
    boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
    switch (receiver.kind()) {
      case STRUCT: {
        int[] index = receiver.type().fieldByName(fieldName);
        if (index != null) {
          Value field = receiver;
          GoType.Field tField = null;
          for (int i = 0; i < index.length; i++) {
            if (i > 0 && field.kind() == GoType.Kind.POINTER) {
              if (field.isNil()) {
                throw errorf("reflect: indirection through nil pointer to embedded struct field "
                    + tField.type().elem().name().substring(
                        tField.type().elem().name().lastIndexOf('.') + 1));
              }
              field = field.elem().asAddressable();
            }
            tField = field.type().fields().get(index[i]);
            boolean addr = field.addressable;
            field = field.field(index[i]);
            if (addr) {
              field = field.asAddressable();
            }
          }
          if (!tField.exported()) {
            throw errorf(fieldName + " is an unexported field of struct type " + typ);
          }
          if (hasArgs) {
            throw errorf(fieldName + " has arguments but cannot be invoked as function");
          }
          return field;
        }
        break;
      }
      case MAP: {
        GoType kt = receiver.type().key();
        if (GoType.STRING.assignableTo(kt)) {
          if (hasArgs) {
            throw errorf(fieldName + " is not a method but has arguments");
          }
          return receiver.mapIndex(fieldName);
        }
        break;
      }
      case POINTER: {
        GoType etyp = receiver.type().elem();
        if (etyp.kind() == GoType.Kind.STRUCT && etyp.fieldByName(fieldName) == null) {
          break;
        }
        if (isNil[0]) {
          throw errorf("nil pointer evaluating " + typ + "." + fieldName);
        }
        break;
      }
      default:
        break;
    }
    throw errorf("can't evaluate field " + fieldName + " in type " + typ);
  }

  /**
   * findMethod is reflect's MethodByName on {@code v} (a pointer, or a value that is addressable
   * or not): its own methods, then those promoted from embedded fields, shallowest first.
   * Returns the method value (receiver bound) or null.
   */
  static GoFunc findMethod(Value v, String name) {
    GoType.Method m = v.type().methodByName(name);
    if (m != null) {
      return boundMethod(v, m);
    }
    Value s = v;
    boolean ptrSet = v.addressable;
    if (v.kind() == GoType.Kind.POINTER) {
      if (v.isNil() || v.type().elem().kind() != GoType.Kind.STRUCT) {
        return null;
      }
      s = v.elem();
      ptrSet = true;
    }
    if (s.kind() != GoType.Kind.STRUCT) {
      return null;
    }
    java.util.List<Value> level = new java.util.ArrayList<>(List.of(s));
    java.util.List<Boolean> ptrs = new java.util.ArrayList<>(List.of(ptrSet));
    for (int depth = 0; depth < 8 && !level.isEmpty(); depth++) {
      java.util.List<Value> next = new java.util.ArrayList<>();
      java.util.List<Boolean> nextPtrs = new java.util.ArrayList<>();
      for (int k = 0; k < level.size(); k++) {
        Value sv = level.get(k);
        java.util.List<GoType.Field> fs = sv.type().fields();
        for (int i = 0; i < fs.size(); i++) {
          GoType.Field f = fs.get(i);
          if (!f.embedded()) {
            continue;
          }
          Value fv = sv.field(i);
          boolean viaPtr = f.type().kind() == GoType.Kind.POINTER;
          GoType e = viaPtr ? f.type().elem() : f.type();
          GoType.Method em = e.name() == null ? null : e.methods().get(name);
          if (em != null) {
            if (viaPtr) {
              return boundMethod(fv, em);
            }
            if (em.pointerReceiver()) {
              if (ptrs.get(k)) {
                return boundMethod(Value.pointerTo(fv), em);
              }
            } else {
              return boundMethod(fv, em);
            }
          }
          if (e.kind() == GoType.Kind.STRUCT) {
            if (viaPtr) {
              if (!fv.isNil()) {
                next.add(fv.elem());
                nextPtrs.add(true);
              }
            } else {
              next.add(fv);
              nextPtrs.add(ptrs.get(k));
            }
          }
        }
      }
      level = next;
      ptrs = nextPtrs;
    }
    return null;
  }

  /** boundMethod is Go's method value: the receiver is fixed. */
  private static GoFunc boundMethod(Value receiver, GoType.Method m) {
    Value r = methodReceiver(receiver, m);
    if (r == null) {
      // A value method through a nil pointer: Go's call panics before the method runs.
      return GoFunc.of(m.function().signature(), args -> {
        throw nilValueMethod(receiver, m);
      });
    }
    return m.function().bind(r);
  }

  private static Value methodReceiver(Value receiver, GoType.Method m) {
    if (!m.pointerReceiver() && receiver.kind() == GoType.Kind.POINTER) {
      if (receiver.isNil()) {
        return null; // the call panics, as Go's does
      }
      return receiver.elem();
    }
    return receiver;
  }

  /** callMethod calls a method with no arguments (fmt's String and Error). */
  static Value callMethod(Value receiver, GoType.Method m) {
    Value r = methodReceiver(receiver, m);
    if (r == null) {
      throw nilValueMethod(receiver, m);
    }
    return m.function().call(new Value[] {r});
  }

  private static GoError nilValueMethod(Value receiver, GoType.Method m) {
    String t = receiver.type().elem().name();
    String simple = t.substring(t.lastIndexOf('.') + 1);
    return new GoError("value method " + t + "." + m.name() + " called using nil *" + simple
        + " pointer");
  }

  private Value evalCall(Value dot, GoFunc fun, boolean isBuiltin, Node n, String name,
      List<Node> args, Value fin) {
    int nargs = args == null ? 0 : args.size() - 1;
    GoFunc.Signature typ = fun.signature();
    int numIn = nargs + (fin != MISSING ? 1 : 0);
    int numFixed = nargs;
    int typNumIn = typ.params().size();
    if (typ.variadic()) {
      numFixed = typNumIn - 1;
      if (numIn < numFixed) {
        throw errorf("wrong number of args for " + name + ": want at least " + (typNumIn - 1)
            + " got " + nargs);
      }
    } else if (numIn != typNumIn) {
      throw errorf("wrong number of args for " + name + ": want " + typNumIn + " got " + numIn);
    }
    // Special case for builtin and/or, which short-circuit.
    if (isBuiltin && (name.equals("and") || name.equals("or"))) {
      GoType argType = typ.params().get(0);
      Value v = Value.INVALID;
      for (int i = 0; i < nargs; i++) {
        v = evalArg(dot, argType, args.get(i + 1));
        if (truth(v) == name.equals("or")) {
          return v;
        }
      }
      if (fin != MISSING) {
        v = validateType(fin, argType);
      }
      return v;
    }
    Value[] argv = new Value[numIn];
    int i = 0;
    for (; i < numFixed && i < nargs; i++) {
      argv[i] = evalArg(dot, typ.params().get(i), args.get(i + 1));
    }
    if (typ.variadic()) {
      GoType argType = typ.params().get(typNumIn - 1).elem();
      for (; i < nargs; i++) {
        argv[i] = evalArg(dot, argType, args.get(i + 1));
      }
    }
    if (fin != MISSING) {
      GoType t = typ.params().get(typNumIn - 1);
      if (typ.variadic()) {
        if (numIn - 1 < numFixed) {
          t = typ.params().get(numIn - 1);
        } else {
          t = t.elem();
        }
      }
      argv[i] = validateType(fin, t);
    }
    if (isBuiltin && name.equals("call")) {
      String calleeName = nargs == 0 ? goValueString(fin) : args.get(1).toString();
      Value[] withName = new Value[argv.length + 1];
      withName[0] = Value.of(calleeName);
      System.arraycopy(argv, 0, withName, 1, argv.length);
      argv = withName;
      fun = Builtins.CALL_IMPL;
    }
    int shift = fun == Builtins.CALL_IMPL ? 1 : 0;
    for (int k = shift; k < argv.length; k++) {
      int p = k - shift;
      GoType pt = typ.variadic() && p >= typNumIn - 1 ? typ.params().get(typNumIn - 1).elem()
          : typ.params().get(p);
      if (pt != GoType.REFLECT_VALUE) {
        argv[k] = passable(argv[k]);
      }
    }
    Value v;
    try {
      v = fun.call(argv);
    } catch (GoError e) {
      at(n);
      throw errorf("error calling " + name + ": " + e.getMessage());
    } catch (ExecException e) {
      throw e;
    } catch (RuntimeException e) {
      // A Go function that panics: safeCall recovers it as an error.
      at(n);
      throw errorf("error calling " + name + ": " + panicText(e));
    }
    GoType rt = typ.result();
    if (rt.isInterface() && v.isValid() && !v.type().isInterface() && rt != GoType.REFLECT_VALUE) {
      v = Value.ofInterface(rt, v);
    } else if (rt.isInterface() && !v.isValid()) {
      v = Value.ofInterface(rt, null);
    }
    return v;
  }

  /**
   * panicText is the text of the Go panic a Java exception from a function body stands for: a
   * NullPointerException is Go's nil pointer dereference.
   */
  static String panicText(RuntimeException e) {
    if (e instanceof GoError) {
      return e.getMessage();
    }
    if (e instanceof NullPointerException) {
      return "runtime error: invalid memory address or nil pointer dereference";
    }
    return e.toString();
  }

  /** passable converts an argument of interface type to what a Go function body sees. */
  private static Value passable(Value v) {
    if (v != null && v.isValid() && v.type().isInterface() && v.type() != GoType.ERROR) {
      return v.isNil() ? Value.nilInterface() : v.elem();
    }
    return v;
  }

  /** goValueString is reflect.Value.String(): the string, or "<T Value>". */
  static String goValueString(Value v) {
    if (!v.isValid()) {
      return "<invalid Value>";
    }
    if (v.kind() == GoType.Kind.STRING) {
      return v.stringValue();
    }
    return "<" + v.type() + " Value>";
  }

  private static boolean canBeNil(GoType typ) {
    switch (typ.kind()) {
      case FUNC: case INTERFACE: case MAP: case POINTER: case SLICE:
        return true;
      case STRUCT:
        return typ == GoType.REFLECT_VALUE;
      default:
        return false;
    }
  }

  /** validateType guarantees that the value is valid and assignable to the type. */
  private Value validateType(Value value, GoType typ) {
    if (!value.isValid()) {
      if (typ == null) {
        return Value.INVALID; // an untyped nil interface{}
      }
      if (canBeNil(typ)) {
        return typ == GoType.REFLECT_VALUE ? Value.INVALID : Value.zero(typ);
      }
      throw errorf("invalid value; expected " + typ);
    }
    if (typ == GoType.REFLECT_VALUE) {
      return value;
    }
    if (typ != null && !value.type().assignableTo(typ)) {
      if (value.kind() == GoType.Kind.INTERFACE && !value.isNil()) {
        value = value.elem();
        if (value.type().assignableTo(typ)) {
          return value;
        }
      }
      if (value.kind() == GoType.Kind.POINTER && value.type().elem().assignableTo(typ)) {
        value = value.elem();
        if (!value.isValid()) {
          throw errorf("dereference of nil pointer of type " + typ);
        }
      } else if (GoType.pointerTo(value.type()).assignableTo(typ) && value.addressable) {
        value = Value.pointerTo(value);
      } else {
        throw errorf("wrong type for value; expected " + typ + "; got " + value.type());
      }
    }
    return value;
  }

  private Value evalArg(Value dot, GoType typ, Node n) {
    at(n);
    if (n instanceof Node.DotNode) {
      return validateType(dot, typ);
    }
    if (n instanceof Node.NilNode) {
      if (typ != null && canBeNil(typ)) {
        return typ == GoType.REFLECT_VALUE ? Value.INVALID : Value.zero(typ);
      }
      throw errorf("cannot assign nil to " + typ);
    }
    if (n instanceof Node.FieldNode) {
      return validateType(evalFieldNode(dot, (Node.FieldNode) n, List.of(n), MISSING), typ);
    }
    if (n instanceof Node.VariableNode) {
      return validateType(evalVariableNode(dot, (Node.VariableNode) n, null, MISSING), typ);
    }
    if (n instanceof Node.PipeNode) {
      return validateType(evalPipeline(dot, (Node.PipeNode) n), typ);
    }
    if (n instanceof Node.IdentifierNode) {
      return validateType(evalFunction(dot, (Node.IdentifierNode) n, n, null, MISSING), typ);
    }
    if (n instanceof Node.ChainNode) {
      return validateType(evalChainNode(dot, (Node.ChainNode) n, null, MISSING), typ);
    }
    if (typ == null) {
      // Go: typ.Kind() on a nil reflect.Type panics; only chains call here with nil, and their
      // node is never a literal (the parser refuses "unexpected . after term").
      throw errorf("can't handle " + n + " for arg of type <nil>");
    }
    GoType.Kind k = typ.kind();
    switch (k) {
      case BOOL:
        if (n instanceof Node.BoolNode) {
          return Value.raw(typ, ((Node.BoolNode) n).value);
        }
        throw errorf("expected bool; found " + n);
      case COMPLEX64: case COMPLEX128:
        if (n instanceof Node.NumberNode && ((Node.NumberNode) n).n.isComplex()) {
          GoLiterals.Number x = ((Node.NumberNode) n).n;
          return Value.raw(typ, new double[] {x.real(), x.imag()});
        }
        throw errorf("expected complex; found " + n);
      case FLOAT32: case FLOAT64:
        if (n instanceof Node.NumberNode && ((Node.NumberNode) n).n.isFloat()) {
          return Value.ofNumber(typ, ((Node.NumberNode) n).n.float64());
        }
        throw errorf("expected float; found " + n);
      case INT: case INT8: case INT16: case INT32: case INT64:
        if (n instanceof Node.NumberNode && ((Node.NumberNode) n).n.isInt()) {
          return Value.raw(typ, Value.truncate(k, ((Node.NumberNode) n).n.int64()));
        }
        throw errorf("expected integer; found " + n);
      case INTERFACE:
        if (typ == GoType.ANY || typ.name() == null) {
          return evalEmptyInterface(dot, n);
        }
        break;
      case STRUCT:
        if (typ == GoType.REFLECT_VALUE) {
          return evalEmptyInterface(dot, n);
        }
        break;
      case STRING:
        if (n instanceof Node.StringNode) {
          return Value.raw(typ, ((Node.StringNode) n).text);
        }
        throw errorf("expected string; found " + n);
      case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR:
        if (n instanceof Node.NumberNode && ((Node.NumberNode) n).n.isUint()) {
          return Value.raw(typ, Value.truncate(k, ((Node.NumberNode) n).n.uint64()));
        }
        throw errorf("expected unsigned integer; found " + n);
      default:
        break;
    }
    throw errorf("can't handle " + n + " for arg of type " + typ);
  }

  private Value evalEmptyInterface(Value dot, Node n) {
    at(n);
    if (n instanceof Node.BoolNode) {
      return Value.of(((Node.BoolNode) n).value);
    }
    if (n instanceof Node.DotNode) {
      return dot;
    }
    if (n instanceof Node.FieldNode) {
      return evalFieldNode(dot, (Node.FieldNode) n, null, MISSING);
    }
    if (n instanceof Node.IdentifierNode) {
      return evalFunction(dot, (Node.IdentifierNode) n, n, null, MISSING);
    }
    if (n instanceof Node.NilNode) {
      throw errorf("evalEmptyInterface: nil (can't happen)");
    }
    if (n instanceof Node.NumberNode) {
      return idealConstant((Node.NumberNode) n);
    }
    if (n instanceof Node.StringNode) {
      return Value.of(((Node.StringNode) n).text);
    }
    if (n instanceof Node.VariableNode) {
      return evalVariableNode(dot, (Node.VariableNode) n, null, MISSING);
    }
    if (n instanceof Node.PipeNode) {
      return evalPipeline(dot, (Node.PipeNode) n);
    }
    throw errorf("can't handle assignment of " + n + " to empty interface argument");
  }

  /** indirect follows pointers and interfaces to a non-nil end (Go: indirect). */
  static Value indirect(Value v) {
    return indirect(v, new boolean[1]);
  }

  static Value indirect(Value v, boolean[] isNil) {
    while (v.isValid() && (v.kind() == GoType.Kind.POINTER || v.kind() == GoType.Kind.INTERFACE)) {
      if (v.isNil()) {
        isNil[0] = true;
        return v;
      }
      v = v.kind() == GoType.Kind.POINTER ? v.elem().asAddressable() : v.elem();
    }
    isNil[0] = false;
    return v;
  }

  /** indirectInterface is Go's indirectInterface. */
  static Value indirectInterface(Value v) {
    return v.concrete();
  }

  private void printValue(Node n, Value v) {
    at(n);
    if (v.kind() == GoType.Kind.POINTER) {
      v = indirect(v);
    }
    if (!v.isValid()) {
      out.append("<no value>");
      return;
    }
    GoType t = v.type();
    if (!isErrorOrStringer(t)) {
      if (v.addressable && isErrorOrStringer(GoType.pointerTo(t))) {
        v = Value.pointerTo(v);
      } else if (v.kind() == GoType.Kind.FUNC) {
        throw errorf("can't print " + n + " of type " + t);
      }
    }
    GoFmt.printOne(out, v);
  }

  private static boolean isErrorOrStringer(GoType t) {
    if (t == GoType.ERROR) {
      return true;
    }
    GoType.Method m = t.methodByName("Error");
    if (m != null && m.function().signature().params().isEmpty()
        && m.function().signature().result() == GoType.STRING) {
      return true;
    }
    m = t.methodByName("String");
    return m != null && m.function().signature().params().isEmpty()
        && m.function().signature().result() == GoType.STRING;
  }
}
