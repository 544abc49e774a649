#!/usr/bin/env bash
# A newer-generation tree: nested chapter, section and pages, an html
# page, a teacher-only chapter hiding its subtree, an orphan file left
# out, embeds, and the column order.
set -euo pipefail
mkdir -p t/.guides/content/Ch-1/Sec-2 t/.guides/assessments
cd t/.guides
printf '%s' '{"title": "Demo", "order": ["Ch-1", "-amp-3", "Web-4"]}' \
    >content/index.json
printf '%s' '{"id": "c1", "type": "chapter", "title": "Chapter",
  "contentType": "markdown", "teacherOnly": true,
  "order": ["Sec-2", "P-5"]}' >content/Ch-1/index.json
printf '{Go|assessment}(test-2)\n' >content/Ch-1/index.md
printf '%s' '{"id": "s2", "type": "section", "title": "Section",
  "order": ["P-6"]}' >content/Ch-1/Sec-2/index.json
printf '%s' '{"id": "p6", "type": "page", "title": "Deep"}' \
    >content/Ch-1/Sec-2/P-6.json
printf 'text\n' >content/Ch-1/Sec-2/P-6.md
printf '%s' '{"id": "p5", "title": "Five"}' >content/Ch-1/P-5.json
printf '{A | assessment}(mc-1)\n{B|assessment}(test-2)\n' \
    >content/Ch-1/P-5.md
printf '%s' '{"id": "p3", "title": "== & !="}' >content/-amp-3.json
printf 'amp\n' >content/-amp-3.md
printf '%s' '{"id": "w4", "title": "Web", "contentType": "html"}' \
    >content/Web-4.json
printf '<p>web</p>\n' >content/Web-4.html
printf 'orphan {X|assessment}(zz-9)\n' >content/Orphan-7.md
printf '%s' '{"type": "multiple-choice", "taskId": "mc-1",
  "source": {"name": "Pick", "points": "2", "guidance": "B"}}' \
    >assessments/mc-1.json
printf '%s' '{"type": "test", "taskId": "test-2",
  "source": {"name": "Run", "points": 10, "instructions": "Do"}}' \
    >assessments/test-2.json
printf '%s' '{"type": "free-text", "taskId": "free-0",
  "source": {"name": "Say", "points": 0}}' >assessments/free-0.json
cd ../..
guide-dump t
