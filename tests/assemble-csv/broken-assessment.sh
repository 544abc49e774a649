# A broken assessment file: the message names it.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
f=$(ls assignments/operators/.guides/assessments/*.json | sed -n 2p)
printf '{"type": "test", "taskId": ' >"$f"
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
