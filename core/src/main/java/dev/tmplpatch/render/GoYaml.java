// Ported from gopkg.in/yaml.v2 2.4.0 (Apache-2.0 / MIT, Copyright Canonical Ltd. and Kirill
// Simonov): encode.go, sorter.go, resolve.go and the block/flow emitter of emitterc.go, for the
// trees sigs.k8s.io/yaml's JSONToYAML builds (string keys, lists, scalars).
package dev.tmplpatch.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GoYaml is sigs.k8s.io/yaml's {@code Marshal}: {@code json.Marshal} (see {@link GoJson}), then
 * {@code JSONToYAML}, which reads the JSON with yaml.v2 (numbers become int, uint64 or float64 as
 * yaml.v2 resolves them) and writes it with yaml.v2's encoder: keys sorted in yaml.v2's
 * "natural" order, block style, empty collections as {@code {}}/{@code []}, plain scalars where
 * they read back as strings, double quotes otherwise, literal blocks for multi-line strings, and
 * lines folded past 80 columns as yaml.v2 2.4 does.
 */
public final class GoYaml {
  private static final JsonFactory JSON = new JsonFactory();

  private GoYaml() {
  }

  /**
   * marshal is {@code yaml.Marshal(v)} of sigs.k8s.io/yaml.
   *
   * @throws GoError with Go's message if json.Marshal fails
   */
  public static String marshal(Value v) {
    return jsonToYaml(GoJson.marshal(v));
  }

  /** jsonToYaml is sigs.k8s.io/yaml's JSONToYAML for JSON text encoding/json produced. */
  public static String jsonToYaml(String json) {
    Object tree;
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      tree = read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Emitter e = new Emitter();
    e.emitNode(tree, true, false, false, false);
    e.writeIndent(); // document end (implicit)
    return e.out.toString(StandardCharsets.UTF_8);
  }

  // ---- JSON text -> yaml.v2 generic tree --------------------------------------------------

  /** Num is a resolved number: a Long (int), a BigInteger (uint64) or a Double. */
  private record Num(Object value) {
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          if (p.currentName().indexOf('\u0085') >= 0) {
            // A raw NEL is a line break: a simple key cannot span lines.
            throw new GoError("error converting JSON to YAML: yaml: line 1: did not find "
                + "expected ',' or '}'");
          }
          String k = foldQuoted(p.currentName());
          p.nextToken();
          m.put(k, read(p));
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(m.entrySet());
        entries.sort((a, b) -> keyLess(a.getKey(), b.getKey()) ? -1
            : keyLess(b.getKey(), a.getKey()) ? 1 : 0);
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries) {
          sorted.put(e.getKey(), e.getValue());
        }
        return sorted;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return l;
      }
      case VALUE_STRING:
        return foldQuoted(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return resolveNumber(p.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("unexpected JSON token " + t);
    }
  }

  /**
   * foldQuoted is what yaml.v2's scanner does to a double-quoted JSON string: encoding/json
   * escapes every break but NEL (U+0085) and every blank but the space, so a raw NEL is a line
   * break that folds (with the spaces around it) into a space, or into newlines for a run of
   * them.
   */
  static String foldQuoted(String s) {
    if (s.indexOf('\u0085') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && s.charAt(i) != ' ' && s.charAt(i) != '\u0085') {
        out.append(s.charAt(i++));
      }
      if (i >= n) {
        break;
      }
      StringBuilder ws = new StringBuilder();
      boolean leadingBlanks = false;
      StringBuilder trailing = new StringBuilder();
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\u0085')) {
        if (s.charAt(i) == ' ') {
          if (!leadingBlanks) {
            ws.append(' ');
          }
        } else if (!leadingBlanks) {
          ws.setLength(0);
          leadingBlanks = true;
        } else {
          trailing.append('\n');
        }
        i++;
      }
      if (leadingBlanks) {
        out.append(trailing.length() == 0 ? " " : trailing);
      } else {
        out.append(ws);
      }
    }
    return out.toString();
  }

  private static final Pattern YAML_FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  // resolve.go for a JSON number (hint 'D' or 'S'; JSON numbers are never timestamps).
  private static Num resolveNumber(String in) {
    try {
      return new Num(Long.parseLong(in));
    } catch (NumberFormatException e) {
      // not an int64
    }
    if (!in.startsWith("-") && in.chars().allMatch(c -> c >= '0' && c <= '9')) {
      BigInteger b = new BigInteger(in);
      if (b.compareTo(UINT64_MAX) <= 0) {
        return new Num(b);
      }
    }
    if (YAML_FLOAT.matcher(in).matches()) {
      return new Num(Double.parseDouble(in));
    }
    throw new IllegalStateException("JSON number yaml.v2 cannot resolve: " + in);
  }

  // sorter.go keyList.Less for two string keys.
  static boolean keyLess(String a, String b) {
    int[] ar = a.codePoints().toArray();
    int[] br = b.codePoints().toArray();
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return bl;
      }
      int ai;
      int bi;
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      for (ai = i; ai < ar.length && isDigit(ar[ai]); ai++) {
        an = an * 10 + (ar[ai] - '0');
      }
      for (bi = i; bi < br.length && isDigit(br[bi]); bi++) {
        bn = bn * 10 + (br[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }

  // unicode.IsDigit: Nd.
  private static boolean isDigit(int r) {
    return Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER;
  }

  // ---- encode.go scalar formatting ----------------------------------------------------------

  private static final int PLAIN = 1;
  private static final int SINGLE = 2;
  private static final int DOUBLE = 3;
  private static final int LITERAL = 4;

  private static final Pattern BASE60_FLOAT =
      Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");

  private static boolean isBase60Float(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (!(c == '+' || c == '-' || c >= '0' && c <= '9') || s.indexOf(':') < 0) {
      return false;
    }
    return BASE60_FLOAT.matcher(s).find();
  }

  /** resolvesToString reports whether yaml.v2's resolve("", s) gives !!str. */
  static boolean resolvesToString(String in) {
    char hint = in.isEmpty() ? 'N' : hintOf(in.charAt(0));
    if (hint == 0) {
      return true;
    }
    switch (in) {
      case "y": case "Y": case "yes": case "Yes": case "YES": case "true": case "True":
      case "TRUE": case "on": case "On": case "ON": case "n": case "N": case "no": case "No":
      case "NO": case "false": case "False": case "FALSE": case "off": case "Off": case "OFF":
      case "": case "~": case "null": case "Null": case "NULL": case ".nan": case ".NaN":
      case ".NAN": case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf":
      case "+.INF": case "-.inf": case "-.Inf": case "-.INF": case "<<":
        return false;
      default:
        break;
    }
    switch (hint) {
      case 'M':
        return true;
      case '.':
        return GoStrconv.parseFloat(in) == null;
      default: // 'D', 'S'
        if (GoStrconv.isYamlTimestamp(in)) {
          return false;
        }
        String plain = in.replace("_", "");
        if (GoStrconv.parseIntBase0(plain) != null) {
          return false;
        }
        if (YAML_FLOAT.matcher(plain).matches() && GoStrconv.parseFloat(plain) != null) {
          return false;
        }
        if (plain.startsWith("0b")) {
          return GoStrconv.parseBinary(plain.substring(2)) == null;
        }
        if (plain.startsWith("-0b")) {
          return GoStrconv.parseIntBinary("-" + plain.substring(3)) == null;
        }
        return true;
    }
  }

  private static char hintOf(char c) {
    if (c == '+' || c == '-') {
      return 'S';
    }
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if ("yYnNtTfFoO~".indexOf(c) >= 0) {
      return 'M';
    }
    if (c == '.') {
      return '.';
    }
    return 0;
  }

  // ---- emitterc.go ---------------------------------------------------------------------------

  private static final class Emitter {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final int bestIndent = 2;
    final int bestWidth = 80;
    int indent = -1;
    final List<Integer> indents = new ArrayList<>();
    int column;
    boolean whitespace = true;
    boolean indention = true;
    int flowLevel;
    boolean rootContext;
    boolean sequenceContext;
    boolean mappingContext;
    boolean simpleKeyContext;
    // scalar analysis
    boolean multiline;
    boolean flowPlainAllowed;
    boolean blockPlainAllowed;
    boolean singleQuotedAllowed;
    boolean blockAllowed;

    void put(int b) {
      out.write(b);
      column++;
    }

    void putBreak() {
      out.write('\n');
      column = 0;
    }

    // write copies one UTF-8 character; returns its width.
    int write(byte[] s, int i) {
      int w = width(s[i]);
      out.write(s, i, w);
      column++;
      return w;
    }

    void writeAll(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < b.length; ) {
        i += write(b, i);
      }
    }

    int writeBreak(byte[] s, int i) {
      if (s[i] == '\n') {
        putBreak();
        return i + 1;
      }
      int n = i + write(s, i);
      column = 0;
      return n;
    }

    void increaseIndent(boolean flow, boolean indentless) {
      indents.add(indent);
      if (indent < 0) {
        indent = flow ? bestIndent : 0;
      } else if (!indentless) {
        indent += bestIndent;
      }
    }

    void popIndent() {
      indent = indents.remove(indents.size() - 1);
    }

    void writeIndent() {
      int in = Math.max(indent, 0);
      if (!indention || column > in || (column == in && !whitespace)) {
        putBreak();
      }
      while (column < in) {
        put(' ');
      }
      whitespace = true;
      indention = true;
    }

    void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace,
        boolean isIndention) {
      if (needWhitespace && !whitespace) {
        put(' ');
      }
      writeAll(indicator);
      whitespace = isWhitespace;
      indention = indention && isIndention;
    }

    @SuppressWarnings("unchecked")
    void emitNode(Object node, boolean root, boolean sequence, boolean mapping,
        boolean simpleKey) {
      rootContext = root;
      sequenceContext = sequence;
      mappingContext = mapping;
      simpleKeyContext = simpleKey;
      if (node instanceof Map) {
        Map<String, Object> m = (Map<String, Object>) node;
        if (flowLevel > 0 || m.isEmpty()) {
          writeIndicator("{", true, true, false);
          increaseIndent(true, false);
          flowLevel++;
          flowLevel--;
          popIndent();
          writeIndicator("}", false, false, false);
          return;
        }
        increaseIndent(false, false);
        for (Map.Entry<String, Object> e : m.entrySet()) {
          writeIndent();
          byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
          analyzeScalar(key);
          if (!multiline && key.length <= 128) {
            emitString(e.getKey(), false, false, true, true);
            writeIndicator(":", false, false, false);
          } else {
            writeIndicator("?", true, false, true);
            emitString(e.getKey(), false, false, true, false);
            writeIndent();
            writeIndicator(":", true, false, true);
          }
          emitNode(e.getValue(), false, false, true, false);
        }
        popIndent();
        return;
      }
      if (node instanceof List) {
        List<Object> l = (List<Object>) node;
        if (flowLevel > 0 || l.isEmpty()) {
          writeIndicator("[", true, true, false);
          increaseIndent(true, false);
          flowLevel++;
          flowLevel--;
          popIndent();
          writeIndicator("]", false, false, false);
          return;
        }
        increaseIndent(false, mappingContext && !indention);
        for (Object item : l) {
          writeIndent();
          writeIndicator("-", true, false, true);
          emitNode(item, false, true, false, false);
        }
        popIndent();
        return;
      }
      if (node instanceof String) {
        emitString((String) node, root, sequence, mapping, simpleKey);
        return;
      }
      String text;
      if (node == null) {
        text = "null";
      } else if (node instanceof Boolean) {
        text = node.toString();
      } else {
        Object n = ((Num) node).value;
        if (n instanceof Double) {
          double d = (Double) n;
          text = GoFloat.format(d, 'g', -1, 64);
          if (text.equals("+Inf")) {
            text = ".inf";
          } else if (text.equals("-Inf")) {
            text = "-.inf";
          } else if (text.equals("NaN")) {
            text = ".nan";
          }
        } else {
          text = n.toString();
        }
      }
      emitScalar(text.getBytes(StandardCharsets.UTF_8), PLAIN, root, sequence, mapping,
          simpleKey);
    }

    void emitString(String s, boolean root, boolean sequence, boolean mapping,
        boolean simpleKey) {
      int style;
      if (s.indexOf('\n') >= 0) {
        style = LITERAL;
      } else if (resolvesToString(s) && !isBase60Float(s)) {
        style = PLAIN;
      } else {
        style = DOUBLE;
      }
      emitScalar(s.getBytes(StandardCharsets.UTF_8), style, root, sequence, mapping, simpleKey);
    }

    void emitScalar(byte[] value, int eventStyle, boolean root, boolean sequence,
        boolean mapping, boolean simpleKey) {
      rootContext = root;
      sequenceContext = sequence;
      mappingContext = mapping;
      simpleKeyContext = simpleKey;
      analyzeScalar(value);
      // select_scalar_style (no tag, implicit)
      int style = eventStyle;
      if (simpleKeyContext && multiline) {
        style = DOUBLE;
      }
      if (style == PLAIN) {
        if (flowLevel > 0 && !flowPlainAllowed || flowLevel == 0 && !blockPlainAllowed) {
          style = SINGLE;
        }
        if (value.length == 0 && (flowLevel > 0 || simpleKeyContext)) {
          style = SINGLE;
        }
      }
      if (style == SINGLE && !singleQuotedAllowed) {
        style = DOUBLE;
      }
      if (style == LITERAL && (!blockAllowed || flowLevel > 0 || simpleKeyContext)) {
        style = DOUBLE;
      }
      increaseIndent(true, false);
      switch (style) {
        case PLAIN:
          writePlain(value, !simpleKeyContext);
          break;
        case SINGLE:
          writeSingleQuoted(value, !simpleKeyContext);
          break;
        case DOUBLE:
          writeDoubleQuoted(value, !simpleKeyContext);
          break;
        default:
          writeLiteral(value);
          break;
      }
      popIndent();
    }

    void analyzeScalar(byte[] value) {
      boolean blockIndicators = false;
      boolean flowIndicators = false;
      boolean lineBreaks = false;
      boolean specialCharacters = false;
      boolean leadingSpace = false;
      boolean leadingBreak = false;
      boolean trailingSpace = false;
      boolean trailingBreak = false;
      boolean breakSpace = false;
      boolean spaceBreak = false;
      boolean previousSpace = false;
      boolean previousBreak = false;
      if (value.length == 0) {
        multiline = false;
        flowPlainAllowed = false;
        blockPlainAllowed = true;
        singleQuotedAllowed = true;
        blockAllowed = false;
        return;
      }
      if (value.length >= 3 && ((value[0] == '-' && value[1] == '-' && value[2] == '-')
          || (value[0] == '.' && value[1] == '.' && value[2] == '.'))) {
        blockIndicators = true;
        flowIndicators = true;
      }
      boolean precededByWhitespace = true;
      for (int i = 0, w; i < value.length; i += w) {
        w = width(value[i]);
        boolean followedByWhitespace = i + w >= value.length || isBlank(value, i + w);
        if (i == 0) {
          switch (value[i]) {
            case '#': case ',': case '[': case ']': case '{': case '}': case '&': case '*':
            case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
              flowIndicators = true;
              blockIndicators = true;
              break;
            case '?': case ':':
              flowIndicators = true;
              if (followedByWhitespace) {
                blockIndicators = true;
              }
              break;
            case '-':
              if (followedByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
              }
              break;
            default:
              break;
          }
        } else {
          switch (value[i]) {
            case ',': case '?': case '[': case ']': case '{': case '}':
              flowIndicators = true;
              break;
            case ':':
              flowIndicators = true;
              if (followedByWhitespace) {
                blockIndicators = true;
              }
              break;
            case '#':
              if (precededByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
              }
              break;
            default:
              break;
          }
        }
        if (!isPrintable(value, i)) {
          specialCharacters = true;
        }
        if (value[i] == ' ') {
          if (i == 0) {
            leadingSpace = true;
          }
          if (i + w == value.length) {
            trailingSpace = true;
          }
          if (previousBreak) {
            breakSpace = true;
          }
          previousSpace = true;
          previousBreak = false;
        } else if (isBreak(value, i)) {
          lineBreaks = true;
          if (i == 0) {
            leadingBreak = true;
          }
          if (i + w == value.length) {
            trailingBreak = true;
          }
          if (previousSpace) {
            spaceBreak = true;
          }
          previousSpace = false;
          previousBreak = true;
        } else {
          previousSpace = false;
          previousBreak = false;
        }
        precededByWhitespace = isBlankz(value, i);
      }
      multiline = lineBreaks;
      flowPlainAllowed = true;
      blockPlainAllowed = true;
      singleQuotedAllowed = true;
      blockAllowed = true;
      if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
        flowPlainAllowed = false;
        blockPlainAllowed = false;
      }
      if (trailingSpace) {
        blockAllowed = false;
      }
      if (breakSpace) {
        flowPlainAllowed = false;
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
      }
      if (spaceBreak || specialCharacters) {
        flowPlainAllowed = false;
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
        blockAllowed = false;
      }
      if (lineBreaks) {
        flowPlainAllowed = false;
        blockPlainAllowed = false;
      }
      if (flowIndicators) {
        flowPlainAllowed = false;
      }
      if (blockIndicators) {
        blockPlainAllowed = false;
      }
    }

    void writePlain(byte[] value, boolean allowBreaks) {
      if (!whitespace) {
        put(' ');
      }
      boolean spaces = false;
      boolean breaks = false;
      for (int i = 0; i < value.length; ) {
        if (value[i] == ' ') {
          if (allowBreaks && !spaces && column > bestWidth && !isSpace(value, i + 1)) {
            writeIndent();
            i += 1;
          } else {
            i += write(value, i);
          }
          spaces = true;
        } else if (isBreak(value, i)) {
          if (!breaks && value[i] == '\n') {
            putBreak();
          }
          i = writeBreak(value, i);
          indention = true;
          breaks = true;
        } else {
          if (breaks) {
            writeIndent();
          }
          i += write(value, i);
          indention = false;
          spaces = false;
          breaks = false;
        }
      }
      whitespace = false;
      indention = false;
    }

    void writeSingleQuoted(byte[] value, boolean allowBreaks) {
      writeIndicator("'", true, false, false);
      boolean spaces = false;
      boolean breaks = false;
      for (int i = 0; i < value.length; ) {
        if (value[i] == ' ') {
          if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.length - 1
              && !isSpace(value, i + 1)) {
            writeIndent();
            i += 1;
          } else {
            i += write(value, i);
          }
          spaces = true;
        } else if (isBreak(value, i)) {
          if (!breaks && value[i] == '\n') {
            putBreak();
          }
          i = writeBreak(value, i);
          indention = true;
          breaks = true;
        } else {
          if (breaks) {
            writeIndent();
          }
          if (value[i] == '\'') {
            put('\'');
          }
          i += write(value, i);
          indention = false;
          spaces = false;
          breaks = false;
        }
      }
      writeIndicator("'", false, false, false);
      whitespace = false;
      indention = false;
    }

    void writeDoubleQuoted(byte[] value, boolean allowBreaks) {
      boolean spaces = false;
      writeIndicator("\"", true, false, false);
      for (int i = 0; i < value.length; ) {
        if (!isPrintable(value, i) || isBom(value, i) || isBreak(value, i)
            || value[i] == '"' || value[i] == '\\') {
          int octet = value[i] & 0xff;
          int w;
          int v;
          if ((octet & 0x80) == 0) {
            w = 1;
            v = octet & 0x7f;
          } else if ((octet & 0xE0) == 0xC0) {
            w = 2;
            v = octet & 0x1f;
          } else if ((octet & 0xF0) == 0xE0) {
            w = 3;
            v = octet & 0x0f;
          } else {
            w = 4;
            v = octet & 0x07;
          }
          for (int k = 1; k < w; k++) {
            v = (v << 6) + (value[i + k] & 0x3f);
          }
          i += w;
          put('\\');
          switch (v) {
            case 0x00: put('0'); break;
            case 0x07: put('a'); break;
            case 0x08: put('b'); break;
            case 0x09: put('t'); break;
            case 0x0A: put('n'); break;
            case 0x0b: put('v'); break;
            case 0x0c: put('f'); break;
            case 0x0d: put('r'); break;
            case 0x1b: put('e'); break;
            case 0x22: put('"'); break;
            case 0x5c: put('\\'); break;
            case 0x85: put('N'); break;
            case 0xA0: put('_'); break;
            case 0x2028: put('L'); break;
            case 0x2029: put('P'); break;
            default: {
              int digits;
              if (v <= 0xFF) {
                put('x');
                digits = 2;
              } else if (v <= 0xFFFF) {
                put('u');
                digits = 4;
              } else {
                put('U');
                digits = 8;
              }
              for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
                int digit = (v >> k) & 0x0F;
                put(digit < 10 ? digit + '0' : digit + 'A' - 10);
              }
            }
          }
          spaces = false;
        } else if (value[i] == ' ') {
          if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.length - 1) {
            writeIndent();
            if (isSpace(value, i + 1)) {
              put('\\');
            }
            i += 1;
          } else {
            i += write(value, i);
          }
          spaces = true;
        } else {
          i += write(value, i);
          spaces = false;
        }
      }
      writeIndicator("\"", false, false, false);
      whitespace = false;
      indention = false;
    }

    void writeLiteral(byte[] value) {
      writeIndicator("|", true, false, false);
      // block scalar hints
      if (value[0] == ' ' || isBreak(value, 0)) {
        writeIndicator(String.valueOf((char) ('0' + bestIndent)), false, false, false);
      }
      String chomp = null;
      int i = value.length - 1;
      while ((value[i] & 0xC0) == 0x80) {
        i--;
      }
      if (!isBreak(value, i)) {
        chomp = "-";
      } else if (i == 0) {
        chomp = "+";
      } else {
        i--;
        while ((value[i] & 0xC0) == 0x80) {
          i--;
        }
        if (isBreak(value, i)) {
          chomp = "+";
        }
      }
      if (chomp != null) {
        writeIndicator(chomp, false, false, false);
      }
      putBreak();
      indention = true;
      whitespace = true;
      boolean breaks = true;
      for (int j = 0; j < value.length; ) {
        if (isBreak(value, j)) {
          j = writeBreak(value, j);
          indention = true;
          breaks = true;
        } else {
          if (breaks) {
            writeIndent();
          }
          j += write(value, j);
          indention = false;
          breaks = false;
        }
      }
    }
  }

  private static int width(byte b) {
    int c = b & 0xff;
    if ((c & 0x80) == 0x00) {
      return 1;
    }
    if ((c & 0xE0) == 0xC0) {
      return 2;
    }
    if ((c & 0xF0) == 0xE0) {
      return 3;
    }
    if ((c & 0xF8) == 0xF0) {
      return 4;
    }
    return 0;
  }

  private static int at(byte[] b, int i) {
    return i < b.length ? b[i] & 0xff : 0;
  }

  private static boolean isSpace(byte[] b, int i) {
    return at(b, i) == ' ';
  }

  private static boolean isBlank(byte[] b, int i) {
    int c = at(b, i);
    return c == ' ' || c == '\t';
  }

  private static boolean isBreak(byte[] b, int i) {
    int c = at(b, i);
    return c == '\r' || c == '\n'
        || c == 0xC2 && at(b, i + 1) == 0x85
        || c == 0xE2 && at(b, i + 1) == 0x80 && at(b, i + 2) == 0xA8
        || c == 0xE2 && at(b, i + 1) == 0x80 && at(b, i + 2) == 0xA9;
  }

  private static boolean isBlankz(byte[] b, int i) {
    return isBlank(b, i) || isBreak(b, i) || at(b, i) == 0;
  }

  private static boolean isBom(byte[] b, int i) {
    return at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF;
  }

  private static boolean isPrintable(byte[] b, int i) {
    int c = at(b, i);
    int c1 = at(b, i + 1);
    int c2 = at(b, i + 2);
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c == 0xC2 && c1 >= 0xA0)
        || (c > 0xC2 && c < 0xED)
        || (c == 0xED && c1 < 0xA0)
        || (c == 0xEE)
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)));
  }
}
