package dev.tmplpatch.cli;

import dev.tmplpatch.emit.EmitException;
import dev.tmplpatch.emit.InvalidNameException;
import dev.tmplpatch.emit.RootNotAllowedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * ErrorReporting is the one place where the CLI turns exceptions into what users see: a single
 * {@code tmplpatch: ...} line on standard error, exit code 1 for input errors and 2 for usage
 * errors, and a stack trace only for our own bugs (exit code 70).
 */
public final class ErrorReporting implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** INTERNAL is the exit code for bugs (BSD EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  private ErrorReporting() {}

  /** install makes the command and all its subcommands report errors this way. */
  public static CommandLine install(CommandLine cmd) {
    ErrorReporting handler = new ErrorReporting();
    cmd.setExecutionExceptionHandler(handler);
    cmd.setParameterExceptionHandler(handler);
    return cmd;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (e instanceof UserError u) {
      return report(err, u.getMessage(), u.exitCode());
    }
    if (e instanceof InvalidNameException || e instanceof RootNotAllowedException) {
      return report(err, e.getMessage(), UserError.USAGE);
    }
    if (e instanceof EmitException) {
      return report(err, e.getMessage(), UserError.INPUT);
    }
    err.println("tmplpatch: internal error, please report it with the command you ran: " + e);
    e.printStackTrace(err);
    err.flush();
    return INTERNAL;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String message = oneLine(e.getMessage());
    if (!message.contains("hint:")) {
      String name = cmd.getCommandSpec().qualifiedName(" ");
      message = message + "; hint: see '" + name + " --help'";
    }
    return report(cmd.getErr(), message, UserError.USAGE);
  }

  private static int report(PrintWriter err, String message, int code) {
    err.println("tmplpatch: " + oneLine(message));
    err.flush();
    return code;
  }

  // oneLine keeps every report on one line, whatever a library put into its message.
  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
