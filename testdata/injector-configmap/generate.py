#!/usr/bin/env python3
"""generate.py writes the injector ConfigMap dumps of this directory: the gateway template first,
in the middle and last of data.config, written with |, |-, |+, double and single quotes, inside a
data.config written with |, |-, |+ and double quotes. expected.json holds what Go's
sigs.k8s.io/yaml yields for them (core/src/test/go/configmap; see README.md)."""
import json

TEMPLATE_LINES = ["spec:", "  containers:", "  - name: istio-proxy", "    args: [{{ .X | quote }}]"]

def inner(style):
    ind = "    "
    if style in ("literal", "strip", "keep"):
        ind_char = {"literal": "|", "strip": "|-", "keep": "|+"}[style]
        body = "".join(ind + l + "\n" for l in TEMPLATE_LINES)
        # a blank line after the block: clip and strip drop it, keep keeps it
        return "  gateway: " + ind_char + "\n" + body + "\n"
    if style == "double":
        return "  gateway: " + json.dumps("\n".join(TEMPLATE_LINES) + "\n") + "\n"
    if style == "single":
        return "  gateway: 'spec: {{ ''x'' }}'\n"
    raise ValueError(style)

OTHER_A = "  sidecar: |\n    a: 1\n"
OTHER_B = "  waypoint: |\n    b: 2\n"

def config(position, style):
    t = inner(style)
    head = "policy: enabled\ntemplates:\n"
    body = {"first": t + OTHER_A + OTHER_B, "middle": OTHER_A + t + OTHER_B, "last": OTHER_A + OTHER_B + t}[position]
    return head + body

def outer(style, cfg):
    head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio-sidecar-injector\n  namespace: istio-system\ndata:\n"
    tail = "  values: '{}'\n"
    if style == "double":
        return head + "  config: " + json.dumps(cfg) + "\n" + tail
    text = cfg
    if style == "strip":
        text = cfg.rstrip("\n")
    elif style == "keep":
        text = cfg.rstrip("\n") + "\n\n"
    else:
        text = cfg.rstrip("\n") + "\n"
    ind = {"literal": "|", "strip": "|-", "keep": "|+"}[style]
    lines = "".join(("    " + l if l else "") + "\n" for l in text.split("\n")[:-1])
    if style == "strip":
        lines = "".join(("    " + l if l else "") + "\n" for l in text.split("\n"))
    return head + "  config: " + ind + "\n" + lines + tail

names = []
for o in ("literal", "strip", "keep", "double"):
    for p in ("first", "middle", "last"):
        for i in ("literal", "strip", "keep", "double", "single"):
            name = f"config-{o}_gateway-{p}-{i}.yaml"
            with open(name, "w") as f:
                f.write(outer(o, config(p, i)))
            names.append(name)
print(" ".join(names))
