/**
 * Go text/template semantics for tmplpatch: a port of Go 1.24's text/template/parse lexer and
 * parser (BSD-3-Clause, Copyright The Go Authors) that keeps every action's span and the
 * if/range/with/define/block structure, and fails exactly where and as Go fails.
 *
 * <p>Entry point: {@link dev.tmplpatch.gotemplate.GoTemplateParser#parse}. Nothing here knows
 * YAML.
 */
package dev.tmplpatch.gotemplate;
