/** Golden-file support for JUnit 5 tests of downstream repositories. */
module dev.tmplpatch.testkit {
  requires dev.tmplpatch.core;
  requires org.opentest4j;

  exports dev.tmplpatch.testkit;
}
