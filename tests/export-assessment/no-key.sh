#!/usr/bin/env bash
# No key: the export stops before reading anything, and says how to give one.
export-assessment "$FIXTURES/demo-course" operators
