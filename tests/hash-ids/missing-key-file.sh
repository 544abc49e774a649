#!/usr/bin/env bash
# A key file that is not there.
printf 'id\nu1\n' | EXPORT_KEY_FILE=nokey hash-ids id
