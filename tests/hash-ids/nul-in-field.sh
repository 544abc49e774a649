#!/usr/bin/env bash
# A NUL byte in a field stops hash-ids, as it stops every CSV reader of
# the project, whether in the hashed column or another.
cd "$FIXTURES/demo-course" || exit
printf 'user_id,name\nu1,Ann\nu2\0,Bo\n' | hash-ids -k ../demo-key.DEMO-ONLY user_id
echo "exit $?"
printf 'user_id,name\nu1,"A\0nn"\n' | hash-ids -k ../demo-key.DEMO-ONLY user_id
echo "exit $?"
