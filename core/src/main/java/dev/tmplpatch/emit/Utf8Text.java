package dev.tmplpatch.emit;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Utf8Text decodes template bytes strictly and maps char indexes back to UTF-8 byte offsets. */
public final class Utf8Text {
  private final String text;
  private int cursorChar;
  private int cursorByte;

  private Utf8Text(String text) {
    this.text = text;
  }

  /** decode returns the text of UTF-8 bytes, or throws InvalidUtf8Exception at the first bad byte. */
  public static String decode(String templateName, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      String valid = out.toString();
      int lineStart = valid.lastIndexOf('\n') + 1;
      int line = 1 + (int) valid.chars().filter(c -> c == '\n').count();
      int column = 1 + valid.codePointCount(lineStart, valid.length());
      throw new InvalidUtf8Exception(templateName, bad, line, column);
    }
    out.flip();
    return out.toString();
  }

  /** offsets returns a converter from char indexes of text to UTF-8 byte offsets. */
  public static Utf8Text offsets(String text) {
    return new Utf8Text(text);
  }

  /**
   * byteOffset returns the UTF-8 byte offset of char index {@code index}; it is cheapest when
   * called with growing indexes, as a report does, because it walks on from the last answer.
   */
  public int byteOffset(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException("index " + index + " outside [0, " + text.length() + "]");
    }
    if (index < cursorChar) {
      cursorChar = 0;
      cursorByte = 0;
    }
    for (int i = cursorChar; i < index; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        cursorByte += 1;
      } else if (c < 0x800) {
        cursorByte += 2;
      } else if (Character.isHighSurrogate(c)) {
        cursorByte += 4; // the pair's low surrogate then adds nothing
      } else if (Character.isLowSurrogate(c)) {
        cursorByte += 0;
      } else {
        cursorByte += 3;
      }
    }
    cursorChar = index;
    return cursorByte;
  }
}
