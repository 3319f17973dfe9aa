package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReportingTest {

  @Test
  void aBugIsOneLineWithExitCode70AndSaysWhereToReportIt() throws Exception {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.getExecutionExceptionHandler()
        .handleExecutionException(new IllegalStateException("boom"), cmd, null);
    assertEquals(ErrorReporting.INTERNAL, code);
    assertEquals("tmplpatch: internal error (java.lang.IllegalStateException: boom): this is a bug in"
        + " tmplpatch; please report it to " + ErrorReporting.REPORT_TO + " with the command you ran"
        + " and the output of the same command with --debug\n", err.toString());
  }

  @Test
  void debugAddsTheStackTraceOfABug() throws Exception {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    ErrorReporting.session(cmd).debug(true);
    int code = cmd.getExecutionExceptionHandler()
        .handleExecutionException(new IllegalStateException("boom"), cmd, null);
    assertEquals(ErrorReporting.INTERNAL, code);
    assertTrue(err.toString().contains("\tat dev.tmplpatch.cli.ErrorReportingTest"), err.toString());
  }

  @Test
  void userErrorsKeepTheirExitCodeAndStayOnOneLine() throws Exception {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.getExecutionExceptionHandler()
        .handleExecutionException(UserError.usage("two\nlines"), cmd, null);
    assertEquals(2, code);
    assertEquals("tmplpatch: two lines\n", err.toString());
  }

  @Test
  void everySubcommandHasHelpAndTheSameErrorHandling() {
    CommandLine root = Main.commandLine();
    for (String name : new String[] {"istio-patch", "gateway-options", "install-bundle"}) {
      CommandLine sub = root.getSubcommands().get(name);
      assertTrue(sub != null, name);
      assertTrue(sub.getExecutionExceptionHandler() instanceof ErrorReporting, name);
      assertTrue(sub.getParameterExceptionHandler() instanceof ErrorReporting, name);
      Cli.Result help = Cli.run(name, "--help");
      assertEquals(0, help.exitCode());
      assertTrue(help.out().startsWith("Usage: tmplpatch " + name), help.out());
    }
  }

  /** Throwing is a command that throws what it is given, to test the top of the CLI. */
  @CommandLine.Command(name = "throwing")
  static final class Throwing implements java.util.concurrent.Callable<Integer> {
    final java.util.function.Supplier<Throwable> what;

    Throwing(java.util.function.Supplier<Throwable> what) {
      this.what = what;
    }

    @Override
    public Integer call() throws Exception {
      Throwable t = what.get();
      if (t instanceof Error e) {
        throw e;
      }
      throw (Exception) t;
    }
  }

  private static Cli.Result runThrowing(java.util.function.Supplier<Throwable> what, String... args) {
    CommandLine cmd = ErrorReporting.install(new CommandLine(new Throwing(what)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return new Cli.Result(Main.execute(cmd, args), out.toString(), err.toString());
  }

  @Test
  void aStackOverflowIsOneLineAndExitOne() {
    Cli.Result r = runThrowing(StackOverflowError::new).assertUserError(1);
    assertEquals("tmplpatch: nested too deeply to process (the stack overflowed); hint: reduce the nesting of"
        + " {{if}}/{{range}} blocks or YAML collections\n", r.err());
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitOne() {
    Cli.Result r = runThrowing(() -> new OutOfMemoryError("Java heap space")).assertUserError(1);
    assertEquals("tmplpatch: not enough memory (Java heap space); hint: give Java more heap, e.g."
        + " JAVA_TOOL_OPTIONS=-Xmx4g, or a smaller input\n", r.err());
  }

  @Test
  void anyOtherThrowableIsABugExit70OneLineAndTheTraceOnlyWithDebug() {
    Cli.Result r = runThrowing(() -> new AssertionError("impossible"));
    assertEquals(ErrorReporting.INTERNAL, r.exitCode());
    assertEquals("tmplpatch: internal error (java.lang.AssertionError: impossible): this is a bug in tmplpatch;"
        + " please report it to " + ErrorReporting.REPORT_TO + " with the command you ran and the output of"
        + " the same command with --debug\n", r.err());
    Cli.Result debug = runThrowing(() -> new NullPointerException("x"), "--debug");
    assertEquals(ErrorReporting.INTERNAL, debug.exitCode());
    assertTrue(debug.err().startsWith("tmplpatch: internal error (java.lang.NullPointerException: x)"), debug.err());
    assertTrue(debug.err().contains("\tat dev.tmplpatch.cli.ErrorReportingTest"), debug.err());
  }

  @Test
  void messagesNeverEchoControlCharactersOrHugeWords() {
    assertEquals("a?[31m b", ErrorReporting.oneLine("a\u001b[31m\n  b"));
    String huge = "x".repeat(5000);
    assertEquals("see " + "x".repeat(200) + "…(4780 characters)…" + "x".repeat(20) + " there",
        ErrorReporting.oneLine("see " + huge + " there"));
  }
}
