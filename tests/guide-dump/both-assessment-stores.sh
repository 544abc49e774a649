#!/usr/bin/env bash
# With both .guides/assessments/ and assessments.json, the folder is read,
# in task id order (bytewise).
set -euo pipefail
mkdir -p t/.guides/assessments
printf '%s' '{"sections": []}' >t/.guides/metadata.json
printf '%s' '[{"type": "test", "taskId": "old-1"}]' \
    >t/.guides/assessments.json
printf '%s' '{"type": "test", "taskId": "b-1"}' >t/.guides/assessments/b-1.json
printf '%s' '{"type": "test", "taskId": "B-2"}' >t/.guides/assessments/B-2.json
guide-dump t | jq -c 'select(.record != "page") |
    [.record, .assessments_from // .task_id, .column // .assessments]'
