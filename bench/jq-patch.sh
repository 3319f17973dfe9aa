#!/usr/bin/env bash
# jq-patch.sh FILE prints the Istio merge patch for FILE the way the vendor procedure (seed 000,
# "Patch the default gateway injection template for Istio resource") builds it with jq.
set -euo pipefail
TEMPLATE_CONTENT=$(cat "$1")
PATCH_DATA=$(jq -n \
  --arg template "${TEMPLATE_CONTENT}" \
  '{
    "spec": {
      "values": {
        "sidecarInjectorWebhook": {
          "templates": {
            "gateway": $template
          }
        }
      }
    }
  }')
printf '%s\n' "$PATCH_DATA"
