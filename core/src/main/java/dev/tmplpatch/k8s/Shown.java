package dev.tmplpatch.k8s;

/** Shown renders user-supplied text inside one-line error messages. */
public final class Shown {
  private static final int MAX_CODE_POINTS = 80;

  private Shown() {}

  /**
   * quoted puts text in double quotes with newlines, tabs and other control characters escaped,
   * so that an error stays on one line and shows exactly what was typed.
   */
  public static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (++count > MAX_CODE_POINTS) {
        b.append("...");
        break;
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '"', '\\' -> b.append('\\').appendCodePoint(c);
        default -> {
          if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
              || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", c));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
