package dev.tmplpatch.templates;

import dev.tmplpatch.i18n.Text;

/** Autoscaling is the gateway's HorizontalPodAutoscaler: replica bounds and the CPU target. */
public record Autoscaling(int minReplicas, int maxReplicas, int cpuUtilizationPercent) {
  /** MAX_REPLICAS caps the bound so that a typo (5000 for 50) is caught. */
  public static final int MAX_REPLICAS = 1000;

  /** Autoscaling checks 1 <= min <= max <= 1000 and a CPU target of 1-1000 percent. */
  public Autoscaling {
    if (minReplicas < 1 || maxReplicas > MAX_REPLICAS || minReplicas > maxReplicas) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.hpa.replicas", minReplicas, maxReplicas, MAX_REPLICAS));
    }
    if (cpuUtilizationPercent < 1 || cpuUtilizationPercent > 1000) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.hpa.cpu", cpuUtilizationPercent));
    }
  }

  /** parse reads {@code MIN:MAX:CPU} or {@code MIN:MAX:CPU%}, for example {@code 2:5:80%}. */
  public static Autoscaling parse(String text) {
    String t = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
    String[] parts = t.split(":", -1);
    if (parts.length != 3) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.hpa.syntax", ServicePort.shown(text)));
    }
    int[] n = new int[3];
    for (int i = 0; i < 3; i++) {
      if (!parts[i].matches("[0-9]{1,6}")) {
        throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.hpa.number", ServicePort.shown(text), ServicePort.shown(parts[i])));
      }
      n[i] = Integer.parseInt(parts[i]);
    }
    return new Autoscaling(n[0], n[1], n[2]);
  }
}
