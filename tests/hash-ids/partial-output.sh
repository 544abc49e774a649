#!/usr/bin/env bash
# On bad input hash-ids stops, and the records written before the fault
# stay on stdout; its manual says so, and says that the pipelines build
# the export whole before writing it.
cd "$FIXTURES/demo-course" || exit
printf 'user_id,name\nu1,Ann\nu2,Bo,extra\n' |
    hash-ids -k ../demo-key.DEMO-ONLY user_id | cut -d, -f2
echo "exit ${PIPESTATUS[1]}"
tr -s '\n' ' ' <"$TOP/filters/hash-ids/hash-ids.1" |
    grep -o -e 'what it wrote before it stays on the standard output' \
    -e 'build the export whole before writing any of it'
