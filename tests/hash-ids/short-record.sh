#!/usr/bin/env bash
# A record with fewer fields than the header stops at its line.
printf 'id,name\nu1,a\nu2\nu3,c\n' | hash-ids -k "$FIXTURES/demo-key.DEMO-ONLY" id
