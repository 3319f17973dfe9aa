package dev.tmplpatch.source;


/**
 * Utf8Text maps char indexes of a decoded text back to UTF-8 byte offsets (decoding itself is
 * {@link dev.tmplpatch.document.TemplateDocument#decode}).
 */
public final class Utf8Text {
  private final String text;
  private int cursorChar;
  private int cursorByte;

  private Utf8Text(String text) {
    this.text = text;
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
