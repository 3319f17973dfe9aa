package dev.tmplpatch.upgrade;

/** Upstream is an unmodified release template: its name for people (e.g. Istio 1.27.9) and text. */
public record Upstream(String name, String text) {}
