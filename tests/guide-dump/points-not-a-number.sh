#!/usr/bin/env bash
# Points that are a string but not a number stop the tree, naming the
# file and the task.
set -euo pipefail
mkdir -p t/.guides
printf '%s' '{"sections": []}' >t/.guides/metadata.json
printf '%s' '[{"type": "test", "taskId": "ok-1", "source": {"points": "5"}},
  {"type": "test", "taskId": "bad-2", "source": {"points": "five"}}]' \
    >t/.guides/assessments.json
guide-dump t
