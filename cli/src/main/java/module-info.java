/** The tmplpatch command: options become the application's request, its one exception an exit code. */
module dev.tmplpatch.cli {
  requires dev.tmplpatch.engine;
  requires transitive info.picocli;

  exports dev.tmplpatch.cli;

  // picocli sets options and mixins by reflection.
  opens dev.tmplpatch.cli to info.picocli;
}
