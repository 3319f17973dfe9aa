package dev.tmplpatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Main is the tmplpatch command: it only dispatches to the subcommands. */
@Command(
    name = "tmplpatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Safe, branch-aware edits of Go-template YAML such as Istio's gateway injection template.",
    subcommands = {CommandLine.HelpCommand.class, ParseCommand.class, EditCommand.class})
public final class Main {

  /** main runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** run executes the command line without exiting, for tests and embedding. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** commandLine builds the picocli command with our error handling. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new ErrorReport());
    return cmd;
  }

  /** Version reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"tmplpatch " + (v == null ? "dev" : v)};
    }
  }
}
