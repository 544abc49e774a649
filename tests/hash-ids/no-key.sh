#!/usr/bin/env bash
# No key named at all: a usage error, and no output.
printf 'id\nu1\n' | hash-ids id
