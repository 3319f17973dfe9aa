package dev.tmplpatch.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Messages are the user-facing sentences of every command, the CLI's errors and the Maven
 * plugin in one language, read from one resource bundle ({@code messages.properties}, English, and {@code messages_zh.properties}).
 *
 * <p>Placeholders are {@code {0}}, {@code {1}} ... and nothing else: the text is not a
 * MessageFormat pattern, so quotes and braces in kubectl commands need no escaping. There is no
 * fallback from one language to the other; a missing key is a bug that a test catches.
 */
public final class Messages {

  /** Language is a language the bundle is complete in. */
  public enum Language {
    EN("messages.properties"),
    ZH("messages_zh.properties");

    private final String resource;

    Language(String resource) {
      this.resource = resource;
    }

    /** code is the value of --lang that selects this language. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Language language;
  private final Properties texts;

  private Messages(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  private static final java.util.EnumMap<Language, Messages> LOADED = new java.util.EnumMap<>(Language.class);

  /** of returns the messages of a language, loaded once. */
  public static synchronized Messages of(Language language) {
    return LOADED.computeIfAbsent(language, l -> new Messages(l, load(l)));
  }

  /** english returns the English messages. */
  public static Messages english() {
    return of(Language.EN);
  }

  /**
   * resolve picks the language: the --lang value when given (zh or en, case-insensitive), else
   * the locale variables in POSIX precedence (LC_ALL, LC_MESSAGES, LANG); a locale starting with
   * zh selects Chinese, anything else English.
   *
   * @throws IllegalArgumentException for a --lang value other than zh or en
   */
  public static Language resolve(String option, Map<String, String> env) {
    if (option != null) {
      String v = option.trim().toLowerCase(Locale.ROOT);
      if (v.equals("zh") || v.startsWith("zh_") || v.startsWith("zh-")) {
        return Language.ZH;
      }
      if (v.equals("en") || v.startsWith("en_") || v.startsWith("en-")) {
        return Language.EN;
      }
      throw new IllegalArgumentException("unknown language \"" + option + "\"; accepted: en, zh");
    }
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) {
        return v.toLowerCase(Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN;
      }
    }
    return Language.EN;
  }

  /**
   * resolve is {@link #resolve(String, Map)} with a last resort: without --lang and without any of
   * the locale variables, the given locale (the JVM's default, e.g. on Windows) decides.
   */
  public static Language resolve(String option, Map<String, String> env, Locale fallback) {
    if (option == null && Stream.of("LC_ALL", "LC_MESSAGES", "LANG").allMatch(n -> env.get(n) == null || env.get(n).isEmpty())) {
      return fallback.getLanguage().equals("zh") ? Language.ZH : Language.EN;
    }
    return resolve(option, env);
  }

  /** language is the language of these messages. */
  public Language language() {
    return language;
  }

  /** get returns the text of key with {0}, {1} ... replaced by the arguments. */
  public String get(String key, Object... args) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("message " + key + " has no " + language.code() + " text");
    }
    if (args.length == 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(text.substring(i + 1, close));
        sb.append(n < args.length ? String.valueOf(args[n]) : text.substring(i, close + 1));
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** has tells whether the bundle has the key. */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** keys returns every key of this language, sorted. */
  public Set<String> keys() {
    Set<String> out = new TreeSet<>();
    for (Object k : texts.keySet()) {
      out.add((String) k);
    }
    return out;
  }

  private static Properties load(Language language) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(language.resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + language.resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
