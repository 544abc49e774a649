#!/usr/bin/env bash
# With no tree arguments the paths come from stdin, one a line; a tree
# without a guide is "none" with no pages.
set -euo pipefail
mkdir -p empty flat/.guides
printf '%s' '{"sections": [{"id": "x", "title": "X",
  "content-file": ".guides/x.md"}]}' >flat/.guides/metadata.json
printf 'x\n' >flat/.guides/x.md
printf 'empty\n\nflat\n' | guide-dump | jq -c 'select(.record == "guide")'
