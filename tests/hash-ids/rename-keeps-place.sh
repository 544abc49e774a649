#!/usr/bin/env bash
# -r renames the hashed column in place; other columns, an empty field and
# fields needing quotes pass through.
printf 'name,user_id,score\n"Lee, Ada",u201,3\nnobody,,0\n' |
    hash-ids --key-file "$FIXTURES/demo-key.DEMO-ONLY" --rename Hashed_ID \
    user_id
