#!/usr/bin/env bash
# Missing pages are warnings naming file and title; the pages stay in the
# outline, marked missing, and the exit status is 0.
set -euo pipefail
mkdir -p t/.guides/content
printf '%s' '{"order": ["Gone-1", "Bare-2", "Ok-3"]}' \
    >t/.guides/content/index.json
printf '%s' '{"title": "Bare"}' >t/.guides/content/Bare-2.json
printf '%s' '{"title": "Ok"}' >t/.guides/content/Ok-3.json
printf 'ok\n' >t/.guides/content/Ok-3.md
guide-dump t | jq -c 'select(.record == "page") | [.title, .missing, .body]'
