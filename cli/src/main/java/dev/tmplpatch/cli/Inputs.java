package dev.tmplpatch.cli;

import dev.tmplpatch.job.TemplateSource;
import dev.tmplpatch.source.InputReader;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Inputs names the files and standard input the commands take and reads them with the one
 * {@link InputReader} (strict UTF-8 under {@code --max-input-size}): anything wrong with an input
 * file (missing, unreadable, too large, binary, badly encoded) is exit 1 in every command.
 */
final class Inputs {
  private Inputs() {}

  /** Text is what was read and the name to use for it in messages. */
  record Text(String source, String text) {}

  /**
   * template names the TEMPLATE argument of a command as a source: a file (named in messages by
   * its file name), standard input for "-" (named "stdin"), or with no argument the bundled default.
   */
  static TemplateSource template(String arg, InputStream stdin) {
    if (arg == null) {
      return TemplateSource.bundled();
    }
    if (arg.equals(InputReader.STDIN)) {
      return TemplateSource.stdin(stdin, "stdin", sourceName(arg));
    }
    return file(arg, String.valueOf(Path.of(arg).getFileName()));
  }

  /**
   * templateText reads the TEMPLATE argument as {@code edit} does (see {@link #template}), with
   * the one reader of the application: an empty template, lone carriage returns and tab
   * indentation are refused.
   */
  static Text templateText(String arg, Main main, InputLimit limit, picocli.CommandLine.Model.CommandSpec spec) {
    dev.tmplpatch.job.JobRequest request = dev.tmplpatch.job.JobRequest.builder(new CliSpelling(spec.qualifiedName(" ")))
        .source(template(arg, main.stdin()))
        .maxInputSize(limit.bytes, InputLimit.OPTION)
        .build();
    dev.tmplpatch.job.JobRunner.Input in = dev.tmplpatch.job.JobRunner.read(request);
    main.session().source(in.text());
    return new Text(in.name(), in.text());
  }

  /** named names a file argument as given ("<stdin>" for "-") as a source. */
  static TemplateSource named(String arg, InputStream stdin) {
    return arg.equals(InputReader.STDIN) ? TemplateSource.stdin(stdin, sourceName(arg), sourceName(arg)) : file(arg, sourceName(arg));
  }

  private static TemplateSource file(String arg, String name) {
    try {
      return TemplateSource.file(Path.of(arg), name, arg);
    } catch (InvalidPathException e) {
      throw UserError.input(dev.tmplpatch.i18n.Text.of("cli.input.bad-path", arg, e.getReason()));
    }
  }

  /** bundledName is how messages name the bundled default template. */
  static String bundledName() {
    return TemplateSource.bundled().name();
  }

  /** read reads a file, or standard input for "-", refusing invalid UTF-8 with its position. */
  static Text read(String file, Main main, long limit) {
    String source = sourceName(file);
    return new Text(source, InputReader.text(source, bytes(file, main, limit)));
  }

  /** sourceName is how messages name a file argument ("<stdin>" for "-"). */
  static String sourceName(String file) {
    return file.equals(InputReader.STDIN) ? "<stdin>" : file;
  }

  /**
   * bytes reads at most limit bytes of a file or standard input and refuses binary data and
   * UTF-16/32 by name; invalid UTF-8 is left to the caller's decoder.
   */
  static byte[] bytes(String file, Main main, long limit) {
    String source = sourceName(file);
    main.session().inputName(source);
    return new InputReader(limit, InputLimit.OPTION).named(file, main.stdin(), source);
  }

  /** checkTemplate refuses a template text whose lines YAML and Go would read differently, or tab indentation. */
  static void checkTemplate(String source, String text) {
    InputReader.layout(source, text);
  }
}
