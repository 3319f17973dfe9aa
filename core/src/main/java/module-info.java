/**
 * The tmplpatch library: Go-template loading exactly as Go reads it, the line-aware document,
 * verified edits, the verifier, lint and the emitters. Only what users call is exported; the
 * reports of advise and diagnose are the command line's. The message bundle (i18n) is everyone's:
 * diagnostics carry its keys, and each front end renders them in the user's language.
 */
module dev.tmplpatch.core {
  requires transitive org.snakeyaml.engine;
  requires transitive com.fasterxml.jackson.databind;
  requires org.apache.commons.text;

  exports dev.tmplpatch.diag;
  exports dev.tmplpatch.document;
  exports dev.tmplpatch.edit;
  exports dev.tmplpatch.emit;
  exports dev.tmplpatch.gotemplate;
  exports dev.tmplpatch.k8s;
  exports dev.tmplpatch.lint;
  exports dev.tmplpatch.render;
  exports dev.tmplpatch.source;
  exports dev.tmplpatch.upgrade;
  exports dev.tmplpatch.verify;
  exports dev.tmplpatch.advise to dev.tmplpatch.cli;
  exports dev.tmplpatch.diagnose to dev.tmplpatch.cli;
  exports dev.tmplpatch.i18n;

  // Jackson writes the parse report's records by reflection.
  opens dev.tmplpatch.emit to com.fasterxml.jackson.databind;
}
