/**
 * A pure-Java executor equal to Go 1.24's text/template (exec.go, funcs.go) and the parts of fmt
 * it prints with. Ported from Go (BSD-3-Clause, Copyright The Go Authors).
 *
 * <p>Entry point: {@link dev.tmplpatch.render.GoTemplate#parse(String, String,
 * dev.tmplpatch.render.FuncMap)} then {@link dev.tmplpatch.render.GoTemplate#execute(
 * dev.tmplpatch.render.Value, Appendable)}. The text is first accepted by
 * {@link dev.tmplpatch.gotemplate.GoTemplateParser} (Go's parse errors, function names checked
 * against the builtins and the FuncMap), then its full parse trees are built from the lexer's
 * tokens. Execution errors are {@link dev.tmplpatch.render.ExecException}s worded as Go's.
 *
 * <p>Values: {@link dev.tmplpatch.render.Value} and {@link dev.tmplpatch.render.GoType} model
 * what Go's reflect-based execution observes (invalid value, nil interface, nil pointer and zero
 * value are distinct; named types carry methods); {@link dev.tmplpatch.render.JsonValues}
 * converts Java JSON trees the way encoding/json unmarshals into {@code any}. Functions:
 * {@link dev.tmplpatch.render.GoFunc} (a Go signature and a Java body) collected in a
 * {@link dev.tmplpatch.render.FuncMap}; later maps override earlier names and the builtins.
 */
package dev.tmplpatch.render;
