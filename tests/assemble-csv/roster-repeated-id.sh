# A roster naming one user id twice.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -n 4p users.csv >>users.csv
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
