package dev.tmplpatch.edit;

import dev.tmplpatch.document.TemplateDocument;

/**
 * Edit is one typed change of a template. Implementations are immutable, validate their options
 * when built, are idempotent (applying twice equals applying once) and never touch a line they
 * need not.
 */
public interface Edit {

  /** name returns a short stable name, e.g. {@code drop-sysctl}. */
  String name();

  /** description says in one line what the edit does with its options. */
  String description();

  /**
   * change makes the edit's change alone, unproven: the edited document, or the same text with a
   * finding saying why nothing changed; it throws {@link EditException} when its target is missing
   * or unsafe to change. Callers use {@link #apply}; {@link Recipe} composes changes and proves
   * their result once.
   */
  EditResult change(TemplateDocument doc);

  /**
   * apply makes the change and accepts it only when the {@link dev.tmplpatch.verify.Verifier}
   * proves the edit's promise on every branch projection of the result (and the result reads as
   * YAML wherever the input did); otherwise it throws {@link EditException} with the place.
   */
  default EditResult apply(TemplateDocument doc) {
    return Recipe.of(name(), description(), java.util.List.of(this)).apply(doc);
  }

  /**
   * promise states what the edit's result renders, for the {@link dev.tmplpatch.verify.Verifier};
   * an edit is accepted only when its promise holds on every branch projection of the result.
   */
  default dev.tmplpatch.verify.Promise promise() {
    return dev.tmplpatch.verify.Promise.NOTHING;
  }
}
