#!/usr/bin/env bash
# Older trees: one with book.json (containers without pageId, node id
# apart from pageId, assessments.json order), one flat with chapter flags.
set -euo pipefail
mkdir -p book/.guides/content flat/.guides/content
printf '%s' '{"sections": [
  {"id": "s1", "title": "One", "type": "markdown",
   "content-file": ".guides/content/One-s1.md"},
  {"id": "s2", "title": "Two", "teacherOnly": true,
   "content-file": ".guides/content/Two-s2.md"},
  {"id": "s3", "title": "Unused",
   "content-file": ".guides/content/Unused.md"}]}' \
    >book/.guides/metadata.json
printf '%s' '{"name": "The Book", "children": [
  {"id": "n0", "type": "chapter", "title": "Part", "children": [
    {"id": "n1", "pageId": "s1", "type": "page", "title": "One"},
    {"id": "n2", "pageId": "s2", "type": "page", "title": "Two"}]}]}' \
    >book/.guides/book.json
printf '{S|assessment}(b-2)\n' >book/.guides/content/One-s1.md
printf 'two\n' >book/.guides/content/Two-s2.md
printf 'unused\n' >book/.guides/content/Unused.md
printf '%s' '[{"type": "test", "taskId": "z-9", "source": {"points": 1}},
  {"type": "test", "taskId": "b-2", "source": {"name": "B"}},
  {"type": "test", "taskId": "a-1", "source": {"name": "A",
   "points": "3"}}]' >book/.guides/assessments.json
printf '%s' '{"sections": [
  {"id": "f1", "title": "Chapter A", "chapter": true, "teacherOnly": true,
   "content-file": ".guides/content/A.md"},
  {"id": "f2", "title": "In A",
   "content-file": ".guides/content/InA.md"},
  {"id": "f3", "title": "Chapter B", "chapter": true,
   "content-file": ".guides/content/B.md"}]}' >flat/.guides/metadata.json
for f in A InA B; do printf '%s\n' "$f" >"flat/.guides/content/$f.md"; done
guide-dump book flat/
