#!/usr/bin/env bash
# No header row at all.
hash-ids -k "$FIXTURES/demo-key.DEMO-ONLY" id </dev/null
