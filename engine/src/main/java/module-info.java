/** The application both front ends run: one request validated once, one runner. */
module dev.tmplpatch.engine {
  requires transitive dev.tmplpatch.core;
  requires transitive dev.tmplpatch.templates;

  exports dev.tmplpatch.job;
}
