#!/usr/bin/env bash
# A quoted field that is never closed.
printf 'id,name\nu1,"a\nu2,b\n' | hash-ids -k "$FIXTURES/demo-key.DEMO-ONLY" id
