#!/usr/bin/env bash
# A folder that lists itself or its parent through a symbolic link, and a
# stem listed twice, are reported and skipped; the walk ends.
set -euo pipefail
mkdir -p t/.guides/content/Ch-1
printf '%s' '{"order": ["Ch-1", "Ch-1"]}' >t/.guides/content/index.json
printf '%s' '{"title": "Ch", "order": ["Me-2", "Up-3"]}' \
    >t/.guides/content/Ch-1/index.json
ln -s . t/.guides/content/Ch-1/Me-2
ln -s .. t/.guides/content/Ch-1/Up-3
guide-dump t | jq -c 'select(.record == "page") | [.title, .depth]'
