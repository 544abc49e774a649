#!/usr/bin/env bash
# A stray quote, inside an unquoted field or after a quoted one, stops
# hash-ids with a message a person can act on, naming file and line.
cd "$FIXTURES/demo-course" || exit
printf 'user_id,name\nu1,Ann "Bo" Lee\n' | hash-ids -k ../demo-key.DEMO-ONLY user_id
echo "exit $?"
printf 'user_id,name\nu1,x\nu2,"Ann" Lee\n' | hash-ids -k ../demo-key.DEMO-ONLY user_id
echo "exit $?"
