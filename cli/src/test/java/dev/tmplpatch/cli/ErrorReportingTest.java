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
    ErrorReporting.DEBUG.set(true);
    try {
      int code = cmd.getExecutionExceptionHandler()
          .handleExecutionException(new IllegalStateException("boom"), cmd, null);
      assertEquals(ErrorReporting.INTERNAL, code);
    } finally {
      ErrorReporting.DEBUG.remove();
    }
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
}
