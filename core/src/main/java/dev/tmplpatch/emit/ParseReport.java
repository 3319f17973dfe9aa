package dev.tmplpatch.emit;

import dev.tmplpatch.source.Utf8Text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.Delimited;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.GoVersion;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.ParsedTemplate;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ParseReport is the JSON of {@code tmplpatch parse --json}: per file whether it loads, Go's
 * exact error text, and every action and comment with UTF-8 byte spans.
 *
 * <p>The schema is the one Go's reference program (core/src/test/go/parsereport) prints, so the
 * conformance test can compare the two documents field by field.
 */
@JsonPropertyOrder({"files"})
public record ParseReport(List<FileReport> files) {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** ParseReport copies the list so a report cannot change after it was made. */
  public ParseReport {
    files = List.copyOf(files);
  }

  /** Input is one file to report on: its name as given by the user, its template name, its bytes. */
  public record Input(String file, String templateName, byte[] bytes) {
    /** Input checks that nothing is missing. */
    public Input {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(templateName, "templateName");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** FileReport is one file's entry; actions are empty when it does not load. */
  @JsonPropertyOrder({"file", "ok", "error", "actions"})
  public record FileReport(String file, boolean ok, String error, List<Action> actions) {
    /** FileReport copies the actions. */
    public FileReport {
      actions = List.copyOf(actions);
    }
  }

  /** Action is one action or comment: byte span, line, code-point column, kind and trim flags. */
  @JsonPropertyOrder({"start", "end", "line", "col", "kind", "detail", "trim_left", "trim_right"})
  public record Action(
      int start,
      int end,
      int line,
      int col,
      String kind,
      String detail,
      @JsonProperty("trim_left") boolean trimLeft,
      @JsonProperty("trim_right") boolean trimRight) {}

  /** of parses every input with default delimiters and Go 1.24 rules and reports on each. */
  public static ParseReport of(List<Input> inputs) {
    return of(inputs, GoVersion.GO_1_24);
  }

  /** of loads every input as the given Go release's text/template would. */
  public static ParseReport of(List<Input> inputs, GoVersion go) {
    List<FileReport> files = new ArrayList<>(inputs.size());
    for (Input in : inputs) {
      files.add(describe(in, go));
    }
    return new ParseReport(files);
  }

  /** describe loads one input and reports on it; only syntax and encoding errors become "error". */
  public static FileReport describe(Input in) {
    return describe(in, GoVersion.GO_1_24);
  }

  /** describe loads one input as the given Go release would and reports on it. */
  public static FileReport describe(Input in, GoVersion go) {
    String text;
    ParsedTemplate parsed;
    try {
      text = TemplateDocument.decode(in.templateName(), in.bytes());
      parsed = GoTemplateParser.parse(text, ParseOptions.named(in.templateName()).withGoVersion(go));
    } catch (TemplateSyntaxException e) {
      return new FileReport(in.file(), false, e.getMessage(), List.of());
    }
    Utf8Text offsets = Utf8Text.offsets(text);
    List<Action> actions = new ArrayList<>(parsed.actions().size());
    for (Delimited d : parsed.actions()) {
      int start = offsets.byteOffset(d.start());
      int end = offsets.byteOffset(d.end());
      actions.add(
          new Action(start, end, d.line(), d.column(), d.keyword(), d.detail(), d.trimLeft(), d.trimRight()));
    }
    return new FileReport(in.file(), true, "", actions);
  }

  /** failed is the entry of a file that does not load, for callers that decode on their own. */
  public static FileReport failed(String file, String error) {
    return new FileReport(file, false, error, List.of());
  }

  /** toJson writes the report as one compact JSON document, the way Go's program prints it. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** toPrettyJson writes the report indented, for people reading the CLI's output. */
  public String toPrettyJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
