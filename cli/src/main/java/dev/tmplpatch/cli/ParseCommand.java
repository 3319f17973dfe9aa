package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.emit.ParseReport;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.GoVersion;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ParseCommand checks that Go-template files load as Go 1.24 reads them, optionally as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Load Go-template files exactly as Go 1.24's text/template reads them.",
      "Prints FILE: ok, or Go's error with the offending line; --json lists every action.",
      "Exit 0 when every file loads, 1 when any has a syntax error, 2 on a usage error."
    })
final class ParseCommand implements Callable<Integer> {
  /** STDIN is the template name of standard input when --name is not given. */
  static final String STDIN = "stdin";

  @Spec CommandSpec spec;
  /** AFTER_FILE separates a file's name from Go's words: punctuation, the same in every language. */
  private static final String AFTER_FILE = ": ";

  @ParentCommand Main main;
  @Mixin InputLimit limit;

  @Option(names = "--name", paramLabel = "NAME", description = "template name used in errors (default: the file's base name)")
  String name;

  @Option(names = "--go", paramLabel = "VERSION", defaultValue = "1.24", converter = GoVersionConverter.class,
      description = "Go release whose text/template to follow: 1.24 (default, istiod 1.26), 1.23, or 1.22"
          + " (older istiod; rejects {{else with}})")
  GoVersion go;

  /** GoVersionConverter reads 1.22, 1.23 and 1.24. */
  static final class GoVersionConverter implements CommandLine.ITypeConverter<GoVersion> {
    @Override
    public GoVersion convert(String value) {
      switch (value.strip()) {
        case "1.22":
          return GoVersion.GO_1_22;
        case "1.23":
          return GoVersion.GO_1_23;
        case "1.24":
          return GoVersion.GO_1_24;
        default:
          throw new Converters.Refusal(dev.tmplpatch.i18n.Text.of("cli.parse.go-unknown", value));
      }
    }
  }

  @Option(names = "--json", description = "print one JSON object {\"files\": [...]} with every action and comment")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "template files; - reads standard input")
  List<String> files;

  @Override
  public Integer call() {
    List<ParseReport.Input> inputs = new ArrayList<>(files.size());
    for (String file : files) {
      inputs.add(new ParseReport.Input(file, templateName(file), read(file)));
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean allOk = true;
    if (json) {
      ParseReport report = ParseReport.of(inputs, go);
      allOk = report.files().stream().allMatch(ParseReport.FileReport::ok);
      out.println(report.toPrettyJson());
    } else {
      for (ParseReport.Input in : inputs) {
        allOk &= check(in, out, go, main.session().messages());
      }
    }
    out.flush();
    return allOk ? 0 : 1;
  }

  /** check prints one file's verdict: ok, or Go's error, the offending line and a caret. */
  private static boolean check(ParseReport.Input in, PrintWriter out, GoVersion go,
      dev.tmplpatch.i18n.Messages messages) {
    try {
      GoTemplateParser.parse(TemplateDocument.decode(in.templateName(), in.bytes()), ParseOptions.named(in.templateName()).withGoVersion(go));
      out.println(messages.get("cli.ok", in.file()));
      return true;
    } catch (TemplateSyntaxException e) {
      // Go's own words after the file name: users search for them.
      out.println(in.file() + AFTER_FILE + e.getMessage());
      out.print(SourceExcerpt.of(new String(in.bytes(), StandardCharsets.UTF_8), e.line(), e.column()));
      if (!e.hint().isEmpty()) {
        out.println(messages.get("cli.parse.hint", e.diagnostic().hint(messages)));
      }
    }
    return false;
  }

  private String templateName(String file) {
    if (name != null) {
      return name;
    }
    if (file.equals("-")) {
      return STDIN;
    }
    Path base = Path.of(file).getFileName();
    return base == null ? file : base.toString();
  }

  /** read returns a file's bytes; every problem reading it is an input error (exit 1), as in every command. */
  private byte[] read(String file) {
    return Inputs.bytes(file, main, limit.bytes);
  }
}
