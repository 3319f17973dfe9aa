package dev.tmplpatch.render;

import java.util.List;
import java.util.Objects;

/**
 * GoFunc is a Go function value a template can call: its Go signature and a Java body.
 *
 * <p>The executor checks and converts arguments exactly as Go's text/template does for a
 * reflect-called function of that signature ({@code wrong type for value; expected string; got
 * int}, ...), so the body receives arguments of the declared parameter types:
 *
 * <ul>
 *   <li>one {@link Value} per argument, variadic arguments individually (each of the variadic
 *       element type), never packed into a slice;
 *   <li>for a parameter of type {@link GoType#ANY} the argument as Go's reflect.Call would pass
 *       it: the concrete value, or {@link Value#nilInterface()} for a nil interface; use
 *       {@link Value#concrete()} to drop an interface wrapper where one can remain;
 *   <li>for {@link GoType#REFLECT_VALUE} the value as the executor holds it (may be
 *       {@link Value#INVALID}).
 * </ul>
 *
 * <p>The body returns a value of the result type ({@link Value#of} helpers build them). A
 * function declared with an error result reports its error by throwing {@link GoError}; Go
 * prints it as {@code error calling NAME: MESSAGE}. A Go panic is also a {@link GoError}.
 */
public final class GoFunc {

  /** Body is the function's Java implementation. */
  @FunctionalInterface
  public interface Body {
    Value call(Value[] args);
  }

  /**
   * Signature is a Go func signature: parameter types (for a variadic function the last one is
   * the slice type, as in Go's reflect), the result type and whether a second result is error.
   */
  public record Signature(List<GoType> params, boolean variadic, GoType result,
      boolean returnsError) {
    public Signature {
      params = List.copyOf(params);
      Objects.requireNonNull(result, "result");
      if (variadic && (params.isEmpty()
          || params.get(params.size() - 1).kind() != GoType.Kind.SLICE)) {
        throw new IllegalArgumentException("a variadic signature ends with a slice parameter");
      }
    }

    boolean identical(Signature o) {
      if (variadic != o.variadic || returnsError != o.returnsError
          || params.size() != o.params.size() || !result.identical(o.result)) {
        return false;
      }
      for (int i = 0; i < params.size(); i++) {
        if (!params.get(i).identical(o.params.get(i))) {
          return false;
        }
      }
      return true;
    }

    /** toString prints the signature as reflect does: {@code (string, ...interface {}) string}. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < params.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        if (variadic && i == params.size() - 1) {
          sb.append("...").append(params.get(i).elem());
        } else {
          sb.append(params.get(i));
        }
      }
      sb.append(") ");
      if (returnsError) {
        sb.append('(').append(result).append(", error)");
      } else {
        sb.append(result);
      }
      return sb.toString();
    }
  }

  private final Signature signature;
  private final Body body;
  private final GoType type;

  private GoFunc(Signature signature, Body body) {
    this.signature = signature;
    this.body = Objects.requireNonNull(body, "body");
    this.type = GoType.funcOf(signature);
  }

  /** of declares {@code func(params...) result}. */
  public static GoFunc of(GoType result, Body body, GoType... params) {
    return new GoFunc(new Signature(List.of(params), false, result, false), body);
  }

  /** withError declares {@code func(params...) (result, error)}. */
  public static GoFunc withError(GoType result, Body body, GoType... params) {
    return new GoFunc(new Signature(List.of(params), false, result, true), body);
  }

  /**
   * variadic declares {@code func(params..., ...last) result}: the last entry of {@code params}
   * is the element type of the variadic parameter (e.g. ANY for {@code ...interface {}}).
   */
  public static GoFunc variadic(GoType result, boolean returnsError, Body body, GoType... params) {
    if (params.length == 0) {
      throw new IllegalArgumentException("variadic needs at least the variadic element type");
    }
    GoType[] ps = params.clone();
    ps[ps.length - 1] = GoType.sliceOf(ps[ps.length - 1]);
    return new GoFunc(new Signature(List.of(ps), true, result, returnsError), body);
  }

  /** of declares a function with an explicit signature. */
  public static GoFunc of(Signature signature, Body body) {
    return new GoFunc(signature, body);
  }

  public Signature signature() {
    return signature;
  }

  /** type is the function's unnamed func type. */
  public GoType type() {
    return type;
  }

  /** call runs the body; errors and panics arrive as {@link GoError}. */
  public Value call(Value[] args) {
    return body.call(args);
  }

  /** bind returns the method value: this method's function with its receiver fixed. */
  GoFunc bind(Value receiver) {
    Body b = body;
    return new GoFunc(signature, args -> {
      Value[] all = new Value[args.length + 1];
      all[0] = receiver;
      System.arraycopy(args, 0, all, 1, args.length);
      return b.call(all);
    });
  }
}
