package dev.tmplpatch.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * RenderedPod is one successful render: the pod as a JSON tree, the raw rendered text, and the
 * functions the template calls (Go builtins, sprig and Istio names alike), sorted.
 */
public record RenderedPod(JsonNode pod, String rendered, List<String> functions) {
  /** RenderedPod copies the function list so the record stays immutable. */
  public RenderedPod {
    functions = List.copyOf(functions);
  }
}
