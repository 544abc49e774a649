#!/usr/bin/env bash
# Malformed JSON: the message names the file and line, that tree is
# skipped, the next tree is still read, and the exit status is 1.
set -euo pipefail
mkdir -p bad/.guides/content good/.guides
printf '%s' '{"order": ["P-1"]}' >bad/.guides/content/index.json
printf '{\n  "title": "P"\n  "id": "x"\n}\n' >bad/.guides/content/P-1.json
printf '%s' '{"sections": []}' >good/.guides/metadata.json
guide-dump bad good
