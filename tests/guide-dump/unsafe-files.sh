#!/usr/bin/env bash
# A FIFO as a page body is refused without blocking; a body linked out
# of the tree and a content-file with ".." are refused; a link that stays
# inside is followed.
set -euo pipefail
mkdir -p t/.guides/content outside
printf 'secret\n' >outside/secret.md
printf '%s' '{"sections": [
  {"id": "a", "title": "Fifo", "content-file": ".guides/content/fifo.md"},
  {"id": "b", "title": "Out", "content-file": ".guides/content/out.md"},
  {"id": "c", "title": "Dots",
   "content-file": ".guides/../../outside/secret.md"},
  {"id": "d", "title": "In", "content-file": ".guides/content/in.md"}]}' \
    >t/.guides/metadata.json
mkfifo t/.guides/content/fifo.md
ln -s ../../../outside/secret.md t/.guides/content/out.md
printf 'inside\n' >t/inside.md
ln -s ../../inside.md t/.guides/content/in.md
timeout 10 guide-dump t |
    jq -c 'select(.record == "page") | [.title, .missing, .body]'
