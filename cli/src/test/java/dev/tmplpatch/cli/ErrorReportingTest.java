package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReportingTest {

  @Test
  void aBugIsReportedWithAStackTraceAndExitCode70() throws Exception {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.getExecutionExceptionHandler()
        .handleExecutionException(new IllegalStateException("boom"), cmd, null);
    assertEquals(ErrorReporting.INTERNAL, code);
    assertTrue(err.toString().startsWith("tmplpatch: internal error, please report it"), err.toString());
    assertTrue(err.toString().contains("\tat "), "a bug keeps its stack trace");
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
