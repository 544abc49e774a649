#!/usr/bin/env bash
# One broken assessment file in the last of four assignments: the export
# fails naming the file, and writes nothing at all, not a zip of three.
cp -r "$FIXTURES/demo-course" c
echo '{"taskId": ' >c/assignments/drafts/.guides/assessments.json
EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY export-assessment c >out.zip
rc=$?
echo "exit $rc, $(wc -c <out.zip) bytes out"
exit "$rc"
