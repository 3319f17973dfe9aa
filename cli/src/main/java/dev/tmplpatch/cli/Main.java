package dev.tmplpatch.cli;

import java.io.InputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Main is the tmplpatch command: it only dispatches to the subcommands. */
@Command(
    name = "tmplpatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Safe, branch-aware edits of Go-template YAML such as Istio's gateway injection template.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ParseCommand.class,
      EditCommand.class,
      LintCommand.class,
      InspectCommand.class,
      IstioPatchCommand.class,
      GatewayOptionsCommand.class,
      InstallBundleCommand.class,
      RebaseCommand.class,
      DriftCommand.class,
      AdviseCommand.class,
      DiagnoseCommand.class
    })
public final class Main {
  private final InputStream stdin;

  private Main(InputStream stdin) {
    this.stdin = stdin;
  }

  /** stdin returns what "-" reads, System.in unless a test or embedder gave another stream. */
  InputStream stdin() {
    return stdin;
  }

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
    return commandLine(System.in);
  }

  /** commandLine builds the command reading "-" from the given stream. */
  public static CommandLine commandLine(InputStream stdin) {
    CommandLine cmd = new CommandLine(new Main(stdin));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // Installed after the subcommands are registered, so that they all report errors alike.
    return ErrorReporting.install(cmd);
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
