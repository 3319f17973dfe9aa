package dev.tmplpatch.templates;

/** Manifest is one rendered Kubernetes object: the skeleton it came from, its kind, name and YAML. */
public record Manifest(String skeleton, String kind, String name, String yaml) {}
