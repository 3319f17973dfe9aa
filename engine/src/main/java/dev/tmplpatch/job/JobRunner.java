package dev.tmplpatch.job;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.lint.TemplateLint;
import dev.tmplpatch.source.InjectorConfigMap;
import dev.tmplpatch.source.InputException;
import dev.tmplpatch.source.InputReader;
import dev.tmplpatch.templates.BundledTemplates;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JobRunner runs a {@link JobRequest}: source → load → recipe → verify → lint, and the
 * {@link JobResult} emits. Findings go to the caller as they come; every refusal is a
 * {@link JobException}. Both front ends run this and nothing else.
 */
public final class JobRunner {
  private JobRunner() {}

  /** Input is a template's text and the name messages give it. */
  public record Input(String name, String text) {}

  /** run reads the request's template and edits it. */
  public static JobResult run(JobRequest request, Consumer<Diagnostic> findings) {
    return edit(request, read(request), findings);
  }

  /**
   * read reads the template text, byte-exact, from its source under the request's size limit; an
   * empty template, or one whose lines Go and YAML would read differently, is refused.
   */
  public static Input read(JobRequest request) {
    TemplateSource source = request.source();
    InputReader reader = request.reader();
    try {
      Input in = switch (source.kind()) {
        case BUNDLED -> new Input(source.name(), BundledTemplates.gatewayInjectionTemplate());
        case RELEASE -> new Input(source.name(), source.release().text());
        case FILE, STDIN -> new Input(source.name(), InputReader.text(source.readName(), bytes(reader, source)));
        case INJECTOR_CONFIGMAP -> new Input(source.name() + " (templates." + request.templateName() + ")",
            InjectorConfigMap.parse(source.name(), InputReader.text(source.readName(), bytes(reader, source)))
                .template(request.templateName()));
      };
      if (in.text().isBlank()) {
        throw InputException.of(in.name(), dev.tmplpatch.i18n.Text.of("emit.template.empty"),
            dev.tmplpatch.i18n.Text.of("job.template.empty.hint", request.spelling().of(Field.TEMPLATE)));
      }
      InputReader.layout(in.name(), in.text());
      return in;
    } catch (DiagnosticException e) {
      throw e instanceof JobException j ? j : JobException.input(e.diagnostic(), e);
    }
  }

  private static byte[] bytes(InputReader reader, TemplateSource source) {
    return source.file() != null ? reader.file(source.file(), source.readName())
        : reader.stream(source.stdin(), source.readName());
  }

  /**
   * edit loads the template as Go would, even without edits, so that a template istiod would
   * silently ignore is refused; applies the recipe, which proves its promise or refuses; and lints
   * the result, refusing an ERROR finding whose rule was not accepted.
   */
  public static JobResult edit(JobRequest request, Input in, Consumer<Diagnostic> findings) {
    TemplateDocument doc;
    try {
      doc = TemplateDocument.load(in.name(), in.text());
    } catch (TemplateSyntaxException e) {
      throw JobException.input(syntaxError(e), e);
    }
    try {
      EditResult result = request.recipe() == null ? EditResult.unchanged(doc, List.of()) : request.recipe().apply(doc);
      result.findings().forEach(findings);
      // What the edits did not touch may still be wrong (e.g. a pod-level capability left by hand).
      List<Diagnostic> lint = request.recipe() == null ? TemplateLint.check(result.document())
          : TemplateLint.checkResult(doc, result.document(), request.accepted());
      lint.forEach(findings);
      return new JobResult(request, in, result.document().text());
    } catch (DiagnosticException e) {
      throw JobException.input(e.diagnostic(), e);
    }
  }

  /** syntaxError is Go's refusal of a template, with a hint where Go's parser gives none. */
  public static Diagnostic syntaxError(TemplateSyntaxException e) {
    Diagnostic d = e.diagnostic();
    return d.hint().isEmpty() ? d.withHint(Text.of("go.syntax.hint", startLine(e))) : d;
  }

  /** startLine is where an unclosed action began, the line to fix, rather than where Go gave up. */
  public static int startLine(TemplateSyntaxException t) {
    Matcher m = Pattern.compile("started at " + Pattern.quote(t.templateName()) + ":(\\d+)$").matcher(t.goMessage());
    return m.find() ? Integer.parseInt(m.group(1)) : t.line();
  }
}
