package dev.tmplpatch.cli;

import dev.tmplpatch.i18n.Messages;
import java.util.Map;
import dev.tmplpatch.i18n.Text;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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

  /** LANG is the option, accepted by every command, that picks the language of messages. */
  static final String LANG = "--lang";

  /** lang is --lang (zh or en), validated with the run's {@link Session} before parsing. */
  @Option(names = LANG, paramLabel = "zh|en", scope = ScopeType.INHERIT,
      description = "language of messages (every command); default from LC_ALL, LC_MESSAGES, LANG")
  void lang(String value) {
    session.lang(value);
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
    String lang = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (options && a.equals(DEBUG)) {
        debug = true;
        continue;
      }
      // --lang is seen before parsing so that even a parse error is reported in its language.
      if (options && a.equals(LANG) && i + 1 < args.length) {
        lang = args[i + 1];
      } else if (options && a.startsWith(LANG + "=")) {
        lang = a.substring(LANG.length() + 1);
      }
      options &= !a.equals("--");
      rest.add(a);
    }
    String[] argv = rest.toArray(String[]::new);
    boolean withTraces = debug;
    ErrorReporting.session(cmd).lang(lang);
    int[] code = {ErrorReporting.INTERNAL};
    // Commands run on a Go-sized stack: a template Go can load (thousands of nested {{if}}s) must
    // not overflow ours in the outline, edits or lint, which recurse as the YAML and branches nest.
    DeepStack.run("tmplpatch", () -> code[0] = executeHere(cmd, argv, withTraces));
    return code[0];
  }

  private static int executeHere(CommandLine cmd, String[] args, boolean debug) {
    Session session = ErrorReporting.session(cmd);
    session.debug(debug);
    if (session.lang() != null) {
      try {
        Messages.resolve(session.lang(), Map.of());
      } catch (IllegalArgumentException e) {
        return ErrorReporting.usage(cmd, Text.of("cli.lang.unknown", session.lang()));
      }
    }
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
