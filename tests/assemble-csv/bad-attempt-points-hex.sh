#!/usr/bin/env bash
# Points as a hexadecimal string ("0x10", which strtod reads as 16), or
# with blanks around: only decimal strings are numbers.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
cp attempts.ndjson a.orig
for p in '"0x10"' '" 1"' '"inf"' '"1e"'; do
	sed "8s/\"points\": [^,}]*/\"points\": $p/" a.orig >attempts.ndjson
	assemble-csv -k ../key -a operators -g assignments/operators \
	    -u users.csv -e events.ndjson attempts.ndjson >/dev/null
	echo "$p: exit $?"
done
sed '8s/"points": [^,}]*/"points": "-1.5e1"/' a.orig >attempts.ndjson
assemble-csv -k ../key -a operators -g assignments/operators \
    -u users.csv -e events.ndjson attempts.ndjson >/dev/null 2>&1
echo "\"-1.5e1\": exit $?"
