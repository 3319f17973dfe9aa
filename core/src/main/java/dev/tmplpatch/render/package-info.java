/**
 * A pure-Java executor equal to Go 1.24's text/template (exec.go, funcs.go) and the parts of fmt
 * it prints with. Ported from Go (BSD-3-Clause, Copyright The Go Authors).
 *
 * <p>Values: {@link dev.tmplpatch.render.Value} and {@link dev.tmplpatch.render.GoType} model
 * what Go's reflect-based execution observes; {@link dev.tmplpatch.render.JsonValues} converts
 * Java JSON trees the way encoding/json unmarshals into {@code any}. Functions:
 * {@link dev.tmplpatch.render.GoFunc} (a Go signature and a Java body) collected in a
 * {@link dev.tmplpatch.render.FuncMap}.
 */
package dev.tmplpatch.render;
