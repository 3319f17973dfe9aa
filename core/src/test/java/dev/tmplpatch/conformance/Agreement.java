package dev.tmplpatch.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** Agreement compares Go's and tmplpatch's report entry for one file and names the first difference. */
final class Agreement {
  private Agreement() {}

  /** difference returns "" when both views agree, else a readable account of where they part. */
  static String difference(JsonNode go, JsonNode java, byte[] source) {
    if (!go.path("file").equals(java.path("file"))) {
      return "file: go " + go.path("file") + " java " + java.path("file");
    }
    if (go.path("ok").asBoolean() != java.path("ok").asBoolean() || !go.path("error").equals(java.path("error"))) {
      return "ok/error differ\n  go:   ok=" + go.path("ok") + " error=" + go.path("error")
          + "\n  java: ok=" + java.path("ok") + " error=" + java.path("error");
    }
    if (!go.path("ok").asBoolean()) {
      return "";
    }
    JsonNode ga = go.path("actions");
    JsonNode ja = java.path("actions");
    for (int i = 0; i < Math.max(ga.size(), ja.size()); i++) {
      JsonNode g = ga.path(i);
      JsonNode j = ja.path(i);
      if (!sameFields(g, j)) {
        return "action #" + i + " differs (go has " + ga.size() + " actions, java " + ja.size() + ")"
            + "\n  go:   " + g + snippet(g, source)
            + "\n  java: " + j + snippet(j, source);
      }
    }
    return "";
  }

  private static boolean sameFields(JsonNode g, JsonNode j) {
    if (g.isMissingNode() || j.isMissingNode() || g.size() != j.size()) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().equals(j.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static String snippet(JsonNode a, byte[] source) {
    if (a.isMissingNode()) {
      return "";
    }
    int start = Math.max(0, Math.min(source.length, a.path("start").asInt()));
    int end = Math.max(start, Math.min(source.length, a.path("end").asInt()));
    String text = new String(source, start, Math.min(end - start, 120), StandardCharsets.UTF_8);
    return "  bytes=" + quote(text);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
