package dev.tmplpatch.cli;

import dev.tmplpatch.gotemplate.DeepStack;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Main is the tmplpatch command: it only dispatches to the subcommands. */
@Command(
    name = "tmplpatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Safe, branch-aware edits of Go-template YAML such as Istio's gateway injection template.")
public final class Main {
  /**
   * SUBCOMMANDS are the subcommands in the order help lists them. They are registered here rather
   * than in the annotation so that a command line naming one builds only that one: picocli reads
   * every registered command's options by reflection, which is most of a short command's start.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
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
      DiagnoseCommand.class,
      RenderCommand.class);

  private final InputStream stdin;
  private final Session session = new Session();

  private Main(InputStream stdin) {
    this.stdin = stdin;
  }

  /** session is this run's context for error reports. */
  Session session() {
    return session;
  }


  /** stdin returns what "-" reads, System.in unless a test or embedder gave another stream. */
  InputStream stdin() {
    return stdin;
  }

  /** main runs the command line and exits with its code. */
  public static void main(String[] args) {
    CommandLine cmd = commandLine(System.in, args);
    cmd.setOut(StandardOutput.open());
    System.exit(execute(cmd, args));
  }

  /**
   * run executes the command line without exiting, for tests and embedding; it prints to
   * System.out (which an embedder may have redirected), whose write errors Java hides. main
   * writes to file descriptor 1 itself so that a failed write is an error.
   */
  public static int run(String... args) {
    CommandLine cmd = commandLine(System.in, args);
    cmd.setOut(StandardOutput.over(System.out));
    return execute(cmd, args);
  }

  /** DEBUG is the option, accepted anywhere before "--", that prints stack traces of bugs. */
  static final String DEBUG = "--debug";


  /**
   * execute runs args on cmd on a thread with a Go-sized stack and returns the exit code. Nothing
   * escapes: every Throwable becomes one line on standard error (see {@link ErrorReporting}), and
   * a failed write to standard output is exit 1 with the reason.
   */
  public static int execute(CommandLine cmd, String... args) {
    List<String> rest = new ArrayList<>(args.length);
    boolean debug = false;
    boolean options = true;
    for (String a : args) {
      if (options && a.equals(DEBUG)) {
        debug = true;
        continue;
      }
      options &= !a.equals("--");
      rest.add(a);
    }
    String[] argv = rest.toArray(String[]::new);
    boolean withTraces = debug;
    int[] code = {ErrorReporting.INTERNAL};
    // Commands run on a Go-sized stack: a template Go can load (thousands of nested {{if}}s) must
    // not overflow ours in the outline, edits or lint, which recurse as the YAML and branches nest.
    DeepStack.run("tmplpatch", () -> code[0] = executeHere(cmd, argv, withTraces));
    return code[0];
  }

  private static int executeHere(CommandLine cmd, String[] args, boolean debug) {
    ErrorReporting.session(cmd).debug(debug);
    int code;
    try {
      code = cmd.execute(args);
    } catch (Throwable e) {
      code = ErrorReporting.uncaught(cmd, e);
    }
    try {
      StandardOutput.check(cmd.getOut());
    } catch (UserError e) {
      code = code == 0 ? ErrorReporting.uncaught(cmd, e) : code;
    }
    return code;
  }

  /** commandLine builds the picocli command with our error handling. */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** commandLine builds the command reading "-" from the given stream. */
  public static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, new String[0]);
  }

  /**
   * commandLine builds the command for these arguments: with only the subcommand they name when
   * the first one (after --debug) is a subcommand's name, otherwise with all of them (for help,
   * the version, and picocli's suggestions for a mistyped name).
   */
  static CommandLine commandLine(InputStream stdin, String[] args) {
    String first = null;
    for (String a : args) {
      if (!a.equals(DEBUG)) {
        first = a;
        break;
      }
    }
    CommandLine cmd = new CommandLine(new Main(stdin));
    List<Class<?>> named = new ArrayList<>();
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(first)) {
        named.add(c);
      }
    }
    for (Class<?> c : named.isEmpty() ? SUBCOMMANDS : named) {
      cmd.addSubcommand(c);
    }
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
