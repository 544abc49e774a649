#!/usr/bin/env bash
# A header naming the chosen column twice: either could hold the ids, so
# hash-ids stops rather than let one through unhashed.  Another column
# named twice is no matter.
cd "$FIXTURES/demo-course" || exit
printf 'user_id,user_id\nu1,u2\n' | hash-ids -k ../demo-key.DEMO-ONLY user_id
echo "exit $?"
printf 'user_id,x,x\nu1,a,b\n' | hash-ids -k ../demo-key.DEMO-ONLY user_id |
    cut -d, -f2-
