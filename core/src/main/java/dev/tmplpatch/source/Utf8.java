package dev.tmplpatch.source;

import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Utf8 is the one decoder of input text and the one place that knows the byte order mark: a
 * template is carried byte for byte, so a byte that is not UTF-8 is refused with its place, and a
 * BOM is kept in the text (Go keeps it too) unless a reader of plain YAML or JSON drops it.
 */
public final class Utf8 {
  private static final char BOM = '\uFEFF';

  private Utf8() {}

  /**
   * decode turns UTF-8 bytes into text, refusing malformed input (stray bytes, truncated
   * sequences, encoded surrogates, overlong forms) with the line and column where it starts.
   */
  public static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (!result.isError()) {
      return out.toString();
    }
    String valid = out.toString();
    int lineStart = valid.lastIndexOf('\n') + 1;
    int line = 1 + (int) valid.chars().filter(c -> c == '\n').count();
    int column = 1 + valid.codePointCount(lineStart, valid.length());
    throw new TemplateSyntaxException(name, line, column, valid.length(),
        "invalid UTF-8 at byte " + in.position(), dev.tmplpatch.i18n.Text.of("source.utf8.hint"));
  }

  /** hasBom tells whether a text starts with a byte order mark. */
  public static boolean hasBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM;
  }

  /** withoutBom drops a leading byte order mark. */
  public static String withoutBom(String text) {
    return hasBom(text) ? text.substring(1) : text;
  }
}
