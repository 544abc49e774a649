#!/usr/bin/env bash
# The demo roster's user_id column hashed with the demo key and renamed.
hash-ids -k "$FIXTURES/demo-key.DEMO-ONLY" -r Hashed_ID user_id \
    "$FIXTURES/demo-course/users.csv"
