/** The data tmplpatch ships: the default template, the Istio release templates and the install skeletons. */
module dev.tmplpatch.templates {
  requires transitive dev.tmplpatch.core;
  requires jinjava;

  exports dev.tmplpatch.templates;

  // The templates and skeletons are resources of this package, read through the class loader.
  opens dev.tmplpatch.templates;
}
