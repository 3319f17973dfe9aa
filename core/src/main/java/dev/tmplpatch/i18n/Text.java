package dev.tmplpatch.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Text is a user-facing sentence not yet in a language: a message key of the bundle and its
 * arguments, rendered at the edge (the CLI's output, the plugin's log) by {@link #in(Messages)}.
 * An argument that is itself a Text is rendered in the same language; any other argument (a file
 * name, a YAML path, a rule id, a number) is shown as it is.
 *
 * <p>A {@linkplain #verbatim verbatim} text is the same in every language: Go's own error text,
 * the operating system's reason for a failed read, or a value the user gave.
 */
public final class Text {
  private static final Messages ENGLISH = Messages.of(Messages.Language.EN);

  /** EMPTY is the empty text, e.g. a diagnostic without a hint. */
  public static final Text EMPTY = verbatim("");

  private final String key;
  private final List<Object> args;
  private final String verbatim;

  private Text(String key, List<Object> args, String verbatim) {
    this.key = key;
    this.args = args;
    this.verbatim = verbatim;
  }

  /** of is the bundle's text of key with its arguments ({0}, {1} ... in the text). */
  public static Text of(String key, Object... args) {
    Objects.requireNonNull(key, "key");
    if (!ENGLISH.has(key)) {
      throw new IllegalArgumentException("message " + key + " is not in the bundle");
    }
    return new Text(key, List.copyOf(Arrays.stream(args).map(a -> a == null ? "null" : a).toList()), null);
  }

  /** verbatim is a text that is not ours to translate: Go's words, the OS's reason, user input. */
  public static Text verbatim(String text) {
    return new Text(null, List.of(), text == null ? "" : text);
  }

  /** key is the message key, or null for a verbatim text. */
  public String key() {
    return key;
  }

  /** args are the arguments, as given. */
  public List<Object> args() {
    return args;
  }

  /** isVerbatim tells whether this text is the same in every language. */
  public boolean isVerbatim() {
    return key == null;
  }

  /** isEmpty tells whether this text renders as nothing. */
  public boolean isEmpty() {
    return key == null && verbatim.isEmpty();
  }

  /** in renders the text in the language of messages. */
  public String in(Messages messages) {
    if (key == null) {
      return verbatim;
    }
    Object[] shown = new Object[args.size()];
    for (int i = 0; i < shown.length; i++) {
      Object a = args.get(i);
      shown[i] = a instanceof Text t ? t.in(messages) : a;
    }
    return messages.get(key, shown);
  }

  /** english renders the text in English, the language of logs, exceptions and the library API. */
  public String english() {
    return in(ENGLISH);
  }

  /** toString is the English rendering. */
  @Override
  public String toString() {
    return english();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text t && Objects.equals(key, t.key) && args.equals(t.args)
        && Objects.equals(verbatim, t.verbatim);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, args, verbatim);
  }
}
